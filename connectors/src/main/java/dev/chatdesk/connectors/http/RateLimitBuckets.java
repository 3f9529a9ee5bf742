package dev.chatdesk.connectors.http;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.Future;

/** Where the token buckets of the rate limits live: in this process, or shared by the nodes of a cluster. */
public interface RateLimitBuckets {
    /**
     * Takes one token from the bucket named {@code key}, made with {@code configuration} when there
     * is none yet, and tells whether there was one and, if not, how long until there is. Called on
     * a Vert.x event loop; the future completes on the caller's context.
     */
    Future<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration);
}
