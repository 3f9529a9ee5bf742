package dev.chatdesk.connectors.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.vertx.core.Future;
import java.time.Duration;

/** Token buckets in this process's memory, for a server that runs alone; idle buckets are forgotten. */
public final class LocalRateLimitBuckets implements RateLimitBuckets {
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(500_000)
            .build();

    @Override
    public Future<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration) {
        Bucket bucket = buckets.get(key, k -> {
            LocalBucketBuilder builder = Bucket.builder();
            for (Bandwidth limit : configuration.getBandwidths()) {
                builder.addLimit(limit);
            }
            return builder.build();
        });
        return Future.succeededFuture(bucket.tryConsumeAndReturnRemaining(1));
    }
}
