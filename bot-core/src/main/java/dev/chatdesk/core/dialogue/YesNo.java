package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.BotDefinition;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a yes or a no from a customer's answer: the common words, as the whole answer or its first
 * clause ("是的，麻烦了", "yes, go ahead"), else the affirm and deny intents.
 */
enum YesNo {
    YES,
    NO,
    UNCLEAR;

    /** Where a first clause ends: a comma, full stop or other mark between clauses, in English or Chinese. */
    private static final Pattern FIRST_CLAUSE = Pattern.compile("[,.;!?，。；！？、]");

    /** What the answer says, given the model's reading of it. */
    static YesNo read(TurnContext turn) {
        Phrases phrases = turn.phrases();
        for (String words : List.of(normalise(turn.text()), normalise(FIRST_CLAUSE.split(turn.text().strip(), 2)[0]))) {
            if (phrases.yesWords().contains(words)) {
                return YES;
            }
            if (phrases.noWords().contains(words)) {
                return NO;
            }
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
