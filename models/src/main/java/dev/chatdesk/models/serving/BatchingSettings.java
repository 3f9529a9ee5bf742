package dev.chatdesk.models.serving;

import java.time.Duration;

/**
 * How the {@link BatchingPredictor} groups work.
 *
 * @param maxBatch the most messages in one encoder pass
 * @param maxWait how long the first message of a batch waits for others to join it
 * @param queueCapacity the most messages waiting; more are rejected as overload
 * @param cacheSize how many recent texts' results are kept (0: no cache)
 * @param workers inference threads; with more than one, each runs its operations on one core
 */
public record BatchingSettings(int maxBatch, Duration maxWait, int queueCapacity, long cacheSize, int workers) {
    /** Checks the settings are usable. */
    public BatchingSettings {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1, was " + maxBatch);
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must not be negative, was " + maxWait);
        }
        if (queueCapacity < maxBatch) {
            throw new IllegalArgumentException("queueCapacity must be at least maxBatch, was " + queueCapacity);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize must not be negative, was " + cacheSize);
        }
    }

    /**
     * Batches of up to 32 gathered for at most 2 ms, 1,024 queued, 10,000 cached results, one
     * single-threaded worker per core. On 2 cores two such workers serve 1.5 to 1.7 times the
     * messages of one worker using both cores for each operation (measured at 12 tokens,
     * batches of 16 and 32), because a pass is dominated by per-operation overhead that
     * parallel operations do not shorten.
     */
    public static BatchingSettings defaults() {
        return new BatchingSettings(32, Duration.ofMillis(2), 1024, 10_000, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Whether each worker runs its operations on one core: so when there are several, which then
     * share the cores side by side; a lone worker's operations use every core.
     */
    public boolean singleThreadedWorkers() {
        return workers > 1;
    }

    /** These settings with another number of inference workers. */
    public BatchingSettings withWorkers(int count) {
        return new BatchingSettings(maxBatch, maxWait, queueCapacity, cacheSize, count);
    }

    /** These settings without a result cache (for benchmarks). */
    public BatchingSettings withoutCache() {
        return new BatchingSettings(maxBatch, maxWait, queueCapacity, 0, workers);
    }
}
