package dev.chatdesk.connectors.agent;

/**
 * The work an Argon2id hash costs.
 *
 * @param memoryKiB memory in KiB (at least 8 per lane, at most 1 GiB so that a corrupted stored
 *     hash cannot exhaust the heap)
 * @param iterations passes over the memory
 * @param parallelism lanes
 */
public record Argon2Cost(int memoryKiB, int iterations, int parallelism) {
    /** OWASP's minimum for Argon2id: 19 MiB, two passes, one lane. */
    public static final Argon2Cost OWASP_MINIMUM = new Argon2Cost(19 * 1024, 2, 1);

    private static final int MAX_MEMORY_KIB = 1024 * 1024;

    /** Checks the bounds Argon2 sets (and the memory cap). */
    public Argon2Cost {
        if (iterations < 1 || parallelism < 1 || memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("Not a usable Argon2 cost: m=" + memoryKiB + ",t=" + iterations
                    + ",p=" + parallelism);
        }
    }
}
