package dev.chatdesk.connectors.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * Limits how often each key (a client address, a conversation) may act: a token bucket per key
 * holding {@code perMinute} tokens, refilled evenly. Thread-safe; idle keys are forgotten.
 */
public final class RateLimiter {
    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();

    /** A limiter allowing {@code perMinute} actions a minute per key, in bursts of up to that many. */
    public RateLimiter(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit must allow at least 1 request a minute, was " + perMinute);
        }
        this.perMinute = perMinute;
    }

    /** Takes one action for the key, or fails with a 429 saying when to retry. */
    public void acquire(String key) {
        ConsumptionProbe probe = buckets.get(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw ApiError.rateLimited(seconds);
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
