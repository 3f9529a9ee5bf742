package dev.chatdesk.connectors.agent;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chatdesk.connectors.http.ApiError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginBackoffTest {
    private final SteppedClock clock = new SteppedClock();
    private final LoginBackoff backoff = new LoginBackoff(clock);

    @Test
    void fiveWrongPasswordsCostNothingTheSixthLocksTheAccountForASecond() {
        for (int i = 0; i < LoginBackoff.FREE_FAILURES; i++) {
            backoff.check("grace");
            backoff.failed("grace");
        }
        assertDoesNotThrow(() -> backoff.check("grace"));
        backoff.failed("grace");
        ApiError locked = assertThrows(ApiError.class, () -> backoff.check("Grace"));
        assertEquals(429, locked.status());
        assertEquals("login_locked", locked.code());
        assertDoesNotThrow(() -> backoff.check("sam"), "other accounts are not locked");

        clock.advance(Duration.ofMillis(1001));
        assertDoesNotThrow(() -> backoff.check("grace"));
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToFifteenMinutes() {
        for (int i = 0; i < LoginBackoff.FREE_FAILURES + 4; i++) {
            backoff.failed("grace");
        }
        clock.advance(Duration.ofSeconds(7));
        assertThrows(ApiError.class, () -> backoff.check("grace"), "the ninth failure locks for 8 s");
        clock.advance(Duration.ofSeconds(2));
        assertDoesNotThrow(() -> backoff.check("grace"));

        for (int i = 0; i < 30; i++) {
            backoff.failed("grace");
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertDoesNotThrow(() -> backoff.check("grace"));
    }

    @Test
    void aRightPasswordStartsTheAccountAfresh() {
        for (int i = 0; i < LoginBackoff.FREE_FAILURES + 1; i++) {
            backoff.failed("grace");
        }
        backoff.succeeded("grace");
        backoff.failed("grace");
        assertDoesNotThrow(() -> backoff.check("grace"));
    }

    /** A clock that moves only when told. */
    private static final class SteppedClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
