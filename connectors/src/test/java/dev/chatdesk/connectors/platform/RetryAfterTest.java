package dev.chatdesk.connectors.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

    @Test
    void readsSeconds() {
        assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", NOW));
    }

    @Test
    void readsAnHttpDateAsTheTimeUntilIt() {
        assertEquals(Duration.ofSeconds(30), RetryAfter.parse("Wed, 21 Oct 2015 07:28:30 GMT", NOW));
        assertEquals(Duration.ZERO, RetryAfter.parse("Wed, 21 Oct 2015 07:27:00 GMT", NOW));
    }

    @Test
    void ignoresWhatIsNeitherSecondsNorADate() {
        assertNull(RetryAfter.parse(null, NOW));
        assertNull(RetryAfter.parse("soon", NOW));
        assertNull(RetryAfter.parse("-5", NOW));
        assertNull(RetryAfter.parse("99999999999999", NOW));
    }
}
