package dev.chatdesk.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock that shows the time it is set to and moves only when moved: for tests, and for a
 * server writing demo history in the past. Thread-safe.
 */
public final class ManualClock extends Clock {
    private volatile Instant now;

    /** A clock that shows {@code start} until moved. */
    public ManualClock(Instant start) {
        this.now = start;
    }

    /** Sets the time, forward or back. */
    public void set(Instant instant) {
        now = instant;
    }

    /** Moves the time on. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a manual clock is UTC");
    }
}
