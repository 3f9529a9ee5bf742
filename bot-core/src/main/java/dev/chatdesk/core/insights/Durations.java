package dev.chatdesk.core.insights;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How long something took across a range: its median and 90th percentile (nearest rank).
 *
 * @param count how many were measured
 * @param p50 the median (null when none were)
 * @param p90 the 90th percentile (null when none were)
 */
public record Durations(long count, Duration p50, Duration p90) {
    /** None measured. */
    public static final Durations NONE = new Durations(0, null, null);

    /** The durations of these measurements, in milliseconds. */
    public static Durations ofMillis(List<Long> millis) {
        if (millis.isEmpty()) {
            return NONE;
        }
        long[] sorted = millis.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Durations(sorted.length, Duration.ofMillis(nearestRank(sorted, 50)), Duration.ofMillis(nearestRank(sorted, 90)));
    }

    private static long nearestRank(long[] sorted, int percent) {
        int rank = (int) ((sorted.length * (long) percent + 99) / 100);
        return sorted[rank - 1];
    }
}
