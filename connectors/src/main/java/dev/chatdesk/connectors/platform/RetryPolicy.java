package dev.chatdesk.connectors.platform;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long a platform API call is retried after a 429, a 5xx or a connection failure:
 * at most {@code maxAttempts} attempts; between them the platform's {@code Retry-After} when it
 * gives one, else an exponential backoff from {@code firstBackoff} up to {@code maxBackoff} with
 * jitter. A platform that asks to wait longer than {@code longestRetryAfter} is not waited for.
 *
 * @param maxAttempts attempts in all, the first included
 * @param firstBackoff the backoff after the first failure, before jitter
 * @param maxBackoff the longest backoff, before jitter
 * @param longestRetryAfter the longest Retry-After honoured
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration longestRetryAfter) {
    /** Checks the bounds, naming a bad value. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(longestRetryAfter, "longestRetryAfter");
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("backoffs must satisfy 0 <= first <= max, were " + firstBackoff + " and " + maxBackoff);
        }
    }

    /** Five attempts, backing off from half a second to 30 seconds, honouring a Retry-After of up to two minutes. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(2));
    }

    /**
     * The wait after {@code failedAttempts} failures without a Retry-After: the exponential backoff
     * scaled by {@code jitter} in [0, 1) into its upper half, so that many senders spread out.
     */
    Duration backoff(int failedAttempts, double jitter) {
        long exponential = firstBackoff.toMillis() << Math.min(failedAttempts - 1, 20);
        long capped = Math.min(exponential, maxBackoff.toMillis());
        return Duration.ofMillis(capped / 2 + (long) (capped / 2.0 * jitter));
    }
}
