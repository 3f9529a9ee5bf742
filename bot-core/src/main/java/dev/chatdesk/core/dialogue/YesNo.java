package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.BotDefinition;
import java.util.Locale;
import java.util.Set;

/** Reads a yes or a no from a customer's answer: the common words, else the affirm and deny intents. */
enum YesNo {
    YES,
    NO,
    UNCLEAR;

    private static final Set<String> YES_WORDS = Set.of("yes", "y", "yeah", "yea", "yep", "yup", "sure", "ok", "okay",
            "correct", "right", "that one", "this one", "exactly", "please", "yes please", "go ahead", "do it", "confirm");
    private static final Set<String> NO_WORDS = Set.of("no", "n", "nope", "nah", "no thanks", "no thank you", "not really",
            "neither", "none", "none of these", "none of them", "wrong", "don't", "do not");

    /** What the answer says, given the model's reading of it. */
    static YesNo read(TurnContext turn) {
        String words = normalise(turn.text());
        if (YES_WORDS.contains(words)) {
            return YES;
        }
        if (NO_WORDS.contains(words)) {
            return NO;
        }
        if (turn.isConfident(BotDefinition.AFFIRM)) {
            return YES;
        }
        if (turn.isConfident(BotDefinition.DENY)) {
            return NO;
        }
        return UNCLEAR;
    }

    /** Lower case, without punctuation or repeated spaces. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]+", " ").trim().replaceAll("\\s+", " ");
    }
}
