package dev.chatdesk.server.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock a server runs on while the demo history is written: it shows the time the seeder sets
 * (a day weeks ago), and moves only when the seeder moves it. Thread-safe.
 */
public final class SeedClock extends Clock {
    private volatile Instant now;

    /** A clock at {@code start}. */
    public SeedClock(Instant start) {
        this.now = start;
    }

    /** Sets the time (forward or back: conversations of the past are written in order of their start). */
    public void set(Instant instant) {
        now = instant;
    }

    /** Moves the time forward. */
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
        throw new UnsupportedOperationException("the seed clock is UTC");
    }
}
