package dev.chatdesk.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderNumbersTest {

    @Test
    void acceptsTheWaysCustomersTypeAnOrderNumber() {
        for (String typed : List.of("NW-482913", "nw-482913", "NW482913", "nw 482913", " NW-482913 ", "482913")) {
            assertEquals(Optional.of("NW-482913"), OrderNumbers.normalise(typed), typed);
        }
    }

    @Test
    void rejectsWhatIsNotAnOrderNumber() {
        for (String typed : List.of("NW-48291", "NW-4829131", "DS-482913", "NW--482913", "order NW-482913", "", "NW-ABCDEF")) {
            assertTrue(OrderNumbers.normalise(typed).isEmpty(), typed);
        }
    }

    @Test
    void rejectsNothingAtAll() {
        assertTrue(OrderNumbers.normalise(null).isEmpty());
    }
}
