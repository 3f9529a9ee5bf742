package dev.chatdesk.models.data;

import dev.chatdesk.core.nlu.SentimentLabel;

/**
 * A customer message with its sentiment and how angry it is.
 *
 * @param text the message
 * @param sentiment negative, neutral or positive
 * @param anger 0 calm, 0.5 irritated or frustrated, 1 angry
 */
public record SentimentExample(String text, SentimentLabel sentiment, double anger) {
    /** The anger level a message counts as angry from (irritated is 0.5). */
    public static final double ANGRY = 1.0;
}
