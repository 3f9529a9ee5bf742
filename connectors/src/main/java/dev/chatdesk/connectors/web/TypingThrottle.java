package dev.chatdesk.connectors.web;

import java.time.Duration;

/**
 * Lets one socket's "customer is typing" through at most once an interval: a client that sends
 * typing frames without pause still reaches the agents no more often than that.
 */
final class TypingThrottle {
    private final long intervalNanos;
    private long lastRelayed;
    private boolean relayedBefore;

    TypingThrottle(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** Whether this typing frame is relayed (and counts as the last one relayed). */
    synchronized boolean relays() {
        long now = System.nanoTime();
        if (relayedBefore && now - lastRelayed < intervalNanos) {
            return false;
        }
        lastRelayed = now;
        relayedBefore = true;
        return true;
    }
}
