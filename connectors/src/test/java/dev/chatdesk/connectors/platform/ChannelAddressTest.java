package dev.chatdesk.connectors.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelAddressTest {
    @Test
    void splitsBackIntoThePartsItWasJoinedFromWhateverTheyHold() {
        List<String> parts = List.of("-100123", "user/with/slashes", "a b%20c", "", "ünï");
        assertEquals(parts, ChannelAddress.split(ChannelAddress.join(parts.toArray(String[]::new))));
    }

    @Test
    void keepsPlainIdsReadable() {
        assertEquals("C123/U456", ChannelAddress.join("C123", "U456"));
    }
}
