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
 * @param title how the intent is offered on a button when the bot asks which one was meant
 */
public record IntentDefinition(
        @JsonProperty("intent") String name,
        String description,
        List<String> examples,
        List<BotResponse> responses,
        String title) {
    /** Normalises missing lists to empty ones. */
    public IntentDefinition {
        description = description == null ? "" : description;
        examples = examples == null ? List.of() : List.copyOf(examples);
        responses = responses == null ? List.of() : List.copyOf(responses);
        title = title == null || title.isBlank() ? defaultTitle(name) : title;
    }

    private static String defaultTitle(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        if (name.equals(BotDefinition.HUMAN_HANDOFF)) {
            return "Talk to a person";
        }
        String words = name.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
