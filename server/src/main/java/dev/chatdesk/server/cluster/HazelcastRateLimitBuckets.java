package dev.chatdesk.server.cluster;

import com.hazelcast.core.HazelcastInstance;
import dev.chatdesk.connectors.http.LocalRateLimitBuckets;
import dev.chatdesk.connectors.http.RateLimitBuckets;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token buckets in a Hazelcast map the cluster's members share, so a limit holds across the nodes:
 * each token is taken by an entry processor on the member that owns the key. A bucket is dropped
 * a minute after it would be full again. When the cluster cannot answer, this node's own buckets
 * stand in, so a client meets at least one node's limit and nobody gets an error for it.
 */
public final class HazelcastRateLimitBuckets implements RateLimitBuckets {
    /** The Hazelcast map of the buckets. */
    static final String MAP = "chatdesk.rate-limits";
    private static final Logger LOG = LoggerFactory.getLogger(HazelcastRateLimitBuckets.class);

    private final AsyncProxyManager<String> buckets;
    private final RateLimitBuckets fallback = new LocalRateLimitBuckets();

    /** Buckets in the map {@value #MAP} of this member's cluster. */
    public HazelcastRateLimitBuckets(HazelcastInstance hazelcast) {
        this.buckets = Bucket4jHazelcast.entryProcessorBasedBuilder(hazelcast.<String, byte[]>getMap(MAP))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build()
                .asAsync();
    }

    @Override
    public Future<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration) {
        CompletableFuture<ConsumptionProbe> probe = buckets.builder().build(key, configuration).tryConsumeAndReturnRemaining(1);
        Context context = Vertx.currentContext();
        Future<ConsumptionProbe> taken = context == null ? Future.fromCompletionStage(probe) : Future.fromCompletionStage(probe, context);
        return taken.recover(failure -> {
            LOG.warn("The cluster's rate-limit buckets did not answer ({}); this node's own limit applies", failure.toString());
            return fallback.tryConsume(key, configuration);
        });
    }
}
