package dev.chatdesk.core.bot;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An intent of a bot, as written in {@code intents/<name>.yml}.
 *
 * @param name the intent's name, such as {@code order_status}
 * @param description what customers mean by it, for people who edit the bot
 * @param examples messages that express it, to train the NLU on
 * @param responses the answers the bot picks from
 */
public record IntentDefinition(
        @JsonProperty("intent") String name,
        String description,
        List<String> examples,
        List<BotResponse> responses) {
    /** Normalises missing lists to empty ones. */
    public IntentDefinition {
        description = description == null ? "" : description;
        examples = examples == null ? List.of() : List.copyOf(examples);
        responses = responses == null ? List.of() : List.copyOf(responses);
    }
}
