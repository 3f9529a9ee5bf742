package dev.chatdesk.connectors.http;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.vertx.core.Future;
import java.time.Duration;

/**
 * Limits how often each key (a client address, a conversation) may act: a token bucket per key
 * holding {@code perMinute} tokens, refilled evenly. The buckets are this node's own, or shared
 * by the cluster, so that a client spreading its requests over several nodes meets one limit.
 */
public final class RateLimiter {
    private final String name;
    private final BucketConfiguration configuration;
    private final RateLimitBuckets buckets;

    /**
     * A limit named {@code name} (which keeps its buckets apart from other limits' in a shared
     * store), allowing {@code perMinute} actions a minute per key, in bursts of up to that many.
     */
    public RateLimiter(String name, int perMinute, RateLimitBuckets buckets) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit must allow at least 1 request a minute, was " + perMinute);
        }
        this.name = name;
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
        this.buckets = buckets;
    }

    /** Takes one action for the key; the future fails with a 429 saying when to retry when none is left. */
    public Future<Void> acquire(String key) {
        return buckets.tryConsume(name + ":" + key, configuration).map(probe -> {
            if (!probe.isConsumed()) {
                long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
                throw ApiError.rateLimited(seconds);
            }
            return null;
        });
    }
}
