package dev.chatdesk.core.conversation;

import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.core.nlu.SentimentLabel;

/**
 * What the model understood of a customer message, as stored with it.
 *
 * @param intent the most likely intent
 * @param confidence the model's confidence in it
 * @param outOfScope whether no intent of the bot fits
 * @param sentiment the sentiment label
 * @param sentimentScore the model's probability of that label
 * @param anger how angry the customer sounds, in [0, 1]
 */
public record MessageNlu(
        String intent,
        double confidence,
        boolean outOfScope,
        SentimentLabel sentiment,
        double sentimentScore,
        double anger) {
    /** The stored form of a model result. */
    public static MessageNlu of(NluResult result) {
        return new MessageNlu(
                result.intent().name(),
                result.intent().confidence(),
                result.outOfScope(),
                result.sentiment().label(),
                result.sentiment().score(),
                result.anger());
    }
}
