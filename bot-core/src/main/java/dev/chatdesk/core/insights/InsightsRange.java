package dev.chatdesk.core.insights;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * The time a report covers, {@code from} (inclusive) to {@code to} (exclusive), cut into buckets
 * counted from {@code from}.
 *
 * @param from the first instant counted
 * @param to the first instant not counted
 * @param bucket the length of each point of the series
 */
public record InsightsRange(Instant from, Instant to, Bucket bucket) {
    /** At most this many points in a series: a year by day, or about three months by hour. */
    public static final int MAX_BUCKETS = 2_200;

    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException when it is empty or has more than {@link #MAX_BUCKETS} buckets
     */
    public InsightsRange {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(bucket, "bucket");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (Duration.between(from, to).dividedBy(bucket.length()) >= MAX_BUCKETS) {
            throw new IllegalArgumentException("the range has more than " + MAX_BUCKETS + " " + bucket.wireName()
                    + "s: choose a shorter range or a longer bucket");
        }
    }

    /** The range of the same length just before this one: what a change is measured against. */
    public InsightsRange previous() {
        return new InsightsRange(from.minus(Duration.between(from, to)), from, bucket);
    }

    /** How many buckets the range has (the last may be cut short by {@code to}). */
    public int buckets() {
        Duration length = Duration.between(from, to);
        long whole = length.dividedBy(bucket.length());
        return (int) (length.equals(bucket.length().multipliedBy(whole)) ? whole : whole + 1);
    }

    /** When bucket {@code index} starts. */
    public Instant bucketStart(int index) {
        return from.plus(bucket.length().multipliedBy(index));
    }
}
