package dev.chatdesk.core.nlu;

import java.util.List;
import java.util.Objects;

/**
 * What the model understood of one message. Never absent: a message the model is unsure about
 * has {@code outOfScope} set, and the dialogue manager decides what to do with it.
 *
 * @param intent the most likely intent
 * @param ranking the most likely intents, best first (the first is {@code intent})
 * @param outOfScope true when no intent of the bot fits (predicted out of scope, or confidence
 *     under the model's calibrated threshold)
 * @param sentiment the message's sentiment
 * @param anger how angry or frustrated the customer sounds, in [0, 1]
 */
public record NluResult(
        IntentScore intent,
        List<IntentScore> ranking,
        boolean outOfScope,
        Sentiment sentiment,
        double anger) {
    /** Checks every part is present and anger a probability. */
    public NluResult {
        Objects.requireNonNull(intent, "intent");
        ranking = List.copyOf(ranking);
        Objects.requireNonNull(sentiment, "sentiment");
        if (!(anger >= 0 && anger <= 1)) {
            throw new IllegalArgumentException("anger must be in [0, 1], was " + anger);
        }
    }
}
