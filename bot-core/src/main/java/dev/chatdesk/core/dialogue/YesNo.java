package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.BotDefinition;
import java.util.Locale;
import java.util.Set;

/** Reads a yes or a no from a customer's answer: the common words, else the affirm and deny intents. */
enum YesNo {
    YES,
    NO,
    UNCLEAR;

    /** What the answer says, given the model's reading of it. */
    static YesNo read(TurnContext turn) {
        String words = normalise(turn.text());
        if (turn.phrases().yesWords().contains(words)) {
            return YES;
        }
        if (turn.phrases().noWords().contains(words)) {
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
