package dev.chatdesk.core.nlu;

import java.util.Objects;

/**
 * One intent with the model's confidence in it.
 *
 * @param name the intent's name as the bot defines it
 * @param confidence the probability the model gives it, in [0, 1]
 */
public record IntentScore(String name, double confidence) {
    /** Checks the name is present and the confidence a probability. */
    public IntentScore {
        Objects.requireNonNull(name, "name");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
    }
}
