package dev.chatdesk.core.bot;

import dev.chatdesk.core.nlu.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bot's settings, from {@code bot.yml}.
 *
 * @param languages the languages the bot speaks, the first one the default ({@code [en]} when not given)
 * @param displayName the bot's name as customers see it
 * @param greeting what the bot says when a conversation starts (one variation is picked)
 * @param fallback what the bot says when it cannot help (one variation is picked)
 * @param clarify the question put before the intents offered when the bot is unsure
 * @param thresholds the levels it decides by
 * @param escalation when and how it hands customers to people
 * @param agentReleased what the bot says when an agent hands the conversation back
 * @param variables values flows may use as {@code {name}} in texts and action URLs, such as the
 *     base URL of the shop's order API
 * @param orderLookup where the agent console reads the order a conversation is about (null: nowhere)
 */
public record BotSettings(
        List<Language> languages,
        String displayName,
        List<BotResponse> greeting,
        List<BotResponse> fallback,
        String clarify,
        Thresholds thresholds,
        EscalationSettings escalation,
        String agentReleased,
        Map<String, String> variables,
        OrderLookup orderLookup) {
    /** The settings of a bot without {@code bot.yml}. */
    public static final BotSettings DEFAULTS = new BotSettings(null, null, null, null, null, null, null, null, null, null);

    /** Fills what is missing with defaults. */
    public BotSettings {
        languages = languages == null || languages.isEmpty() ? List.of(Language.EN) : List.copyOf(languages);
        if (languages.size() != Set.copyOf(languages).size()) {
            throw new IllegalArgumentException("languages lists a language twice: " + languages);
        }
        displayName = displayName == null || displayName.isBlank() ? "Assistant" : displayName;
        greeting = orDefault(greeting, "Hi! How can I help you today?");
        fallback = orDefault(fallback,
                "Sorry, I can't help with that. I can answer questions about our products and services, or pass you to a person.");
        clarify = clarify == null || clarify.isBlank() ? "I'm not sure I understood. Did you mean one of these?" : clarify;
        thresholds = thresholds == null ? Thresholds.DEFAULTS : thresholds;
        escalation = escalation == null ? EscalationSettings.DEFAULTS : escalation;
        agentReleased = agentReleased == null || agentReleased.isBlank()
                ? "I'm back. Is there anything else I can help you with?"
                : agentReleased;
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }

    private static List<BotResponse> orDefault(List<BotResponse> responses, String text) {
        return responses == null || responses.isEmpty() ? List.of(new BotResponse(text, List.of())) : List.copyOf(responses);
    }

    /** These settings with other thresholds (an operator's configuration overrides the bot's). */
    public BotSettings withThresholds(Thresholds other) {
        return new BotSettings(languages, displayName, greeting, fallback, clarify, other, escalation, agentReleased, variables, orderLookup);
    }

    /** These settings with some variables set or replaced (an operator's configuration overrides the bot's). */
    public BotSettings withVariables(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(variables);
        merged.putAll(overrides);
        return new BotSettings(languages, displayName, greeting, fallback, clarify, thresholds, escalation, agentReleased, merged, orderLookup);
    }
}
