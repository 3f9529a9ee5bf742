package dev.chatdesk.core.bot;

import java.util.List;
import java.util.Optional;

/**
 * A bot as data: its intents with their examples and responses.
 *
 * @param name the bot's name (its directory's name)
 * @param intents the intents, sorted by name
 */
public record BotDefinition(String name, List<IntentDefinition> intents) {
    /** The intent whose examples are messages the bot cannot help with at all. */
    public static final String OUT_OF_SCOPE = "out_of_scope";

    /** Copies the list. */
    public BotDefinition {
        intents = List.copyOf(intents);
    }

    /** The intent of the given name, if the bot has it. */
    public Optional<IntentDefinition> intent(String intentName) {
        return intents.stream().filter(i -> i.name().equals(intentName)).findFirst();
    }

    /** Whether the bot has examples of out-of-scope messages. */
    public boolean hasOutOfScopeExamples() {
        return intent(OUT_OF_SCOPE).map(i -> !i.examples().isEmpty()).orElse(false);
    }
}
