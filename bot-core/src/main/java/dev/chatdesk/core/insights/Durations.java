package dev.chatdesk.core.insights;

import java.time.Duration;

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
}
