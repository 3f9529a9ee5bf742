package dev.chatdesk.models.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBatchTest {

    @Test
    void padsEveryRowToTheLongestAndMasksThePadding() {
        TokenBatch batch = TokenBatch.padded(List.of(new long[] {101, 7, 102}, new long[] {101, 102}));
        assertEquals(3, batch.length());
        assertArrayEquals(new long[] {101, 7, 102, 101, 102, 0}, batch.ids());
        assertArrayEquals(new long[] {1, 1, 1, 1, 1, 0}, batch.mask());
        
    }
}
