package dev.chatdesk.core.insights;

import java.util.List;

/**
 * Customers' ratings (1 to 5) given in a range.
 *
 * @param byRating how many gave each rating, from 1 to 5
 */
public record Csat(List<Long> byRating) {
    /** No ratings. */
    public static final Csat NONE = new Csat(List.of(0L, 0L, 0L, 0L, 0L));

    /** Requires a count for each of the five ratings. */
    public Csat {
        byRating = List.copyOf(byRating);
        if (byRating.size() != 5) {
            throw new IllegalArgumentException("a count for each rating from 1 to 5, not " + byRating.size());
        }
    }

    /** How many ratings were given. */
    public long responses() {
        return byRating.stream().mapToLong(Long::longValue).sum();
    }

    /** The average rating; null when none was given. */
    public Double average() {
        long responses = responses();
        if (responses == 0) {
            return null;
        }
        long sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (i + 1) * byRating.get(i);
        }
        return (double) sum / responses;
    }
}
