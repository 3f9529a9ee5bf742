package dev.chatdesk.core.nlu;

import java.util.Objects;

/**
 * The sentiment of a message.
 *
 * @param label negative, neutral or positive
 * @param score the model's probability of that label, in [0, 1]
 */
public record Sentiment(SentimentLabel label, double score) {
    /** Checks the label is present and the score a probability. */
    public Sentiment {
        Objects.requireNonNull(label, "label");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
    }
}
