package dev.chatdesk.storage.bench;

/** The value at a share of sorted timings (nearest rank from below), as the store benchmarks report them. */
final class Percentile {
    private Percentile() {}

    /** The value at share {@code p} (0 to 1) of {@code sorted}; 0 when it is empty. */
    static double of(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
