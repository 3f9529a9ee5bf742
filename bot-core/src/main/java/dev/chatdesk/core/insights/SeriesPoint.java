package dev.chatdesk.core.insights;

import java.time.Instant;

/**
 * One bucket of a range's series.
 *
 * @param at when the bucket starts
 * @param conversations conversations started in it in which the customer wrote
 * @param contained those of them that never went to a person
 * @param understood customer messages in it that the model read
 * @param negative those read as negative
 * @param angry those at or above the anger threshold
 * @param averageAnger their average anger (0 when none)
 */
public record SeriesPoint(Instant at, long conversations, long contained, long understood, long negative, long angry,
        double averageAnger) {
    /** The share of the bucket's read messages that were negative (0 when none). */
    public double negativeShare() {
        return understood == 0 ? 0 : (double) negative / understood;
    }

    /** The share of the bucket's read messages that were angry (0 when none). */
    public double angryShare() {
        return understood == 0 ? 0 : (double) angry / understood;
    }
}
