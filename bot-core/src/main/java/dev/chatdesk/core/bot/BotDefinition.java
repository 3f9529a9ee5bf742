package dev.chatdesk.core.bot;

import dev.chatdesk.core.nlu.Language;
import java.util.List;
import java.util.Optional;

/**
 * A bot as data in one of its languages: its settings, intents with their examples and responses,
 * and flows, every text in that language.
 *
 * @param name the bot's name (its directory's name)
 * @param language the language of its texts and examples
 * @param settings greeting, fallback, thresholds and escalation rules
 * @param intents the intents, sorted by name
 * @param flows the flows, sorted by name
 */
public record BotDefinition(String name, Language language, BotSettings settings, List<IntentDefinition> intents, List<FlowDefinition> flows) {
    /** The intent whose examples are messages the bot cannot help with at all. */
    public static final String OUT_OF_SCOPE = "out_of_scope";

    /** The intent customers use to ask for a person. */
    public static final String HUMAN_HANDOFF = "human_handoff";

    /** The intent of a customer saying yes. */
    public static final String AFFIRM = "affirm";

    /** The intent of a customer saying no. */
    public static final String DENY = "deny";

    /** Copies the lists. */
    public BotDefinition {
        language = language == null ? Language.EN : language;
        settings = settings == null ? BotSettings.DEFAULTS : settings;
        intents = List.copyOf(intents);
        flows = flows == null ? List.of() : List.copyOf(flows);
    }

    /** The flow a confident intent starts, if any. */
    public Optional<FlowDefinition> flowStartedBy(String intentName) {
        return flows.stream().filter(f -> f.trigger().equals(intentName)).findFirst();
    }

    /** The flow of the given name, if the bot has it. */
    public Optional<FlowDefinition> flow(String flowName) {
        return flows.stream().filter(f -> f.name().equals(flowName)).findFirst();
    }

    /** This bot with other settings. */
    public BotDefinition withSettings(BotSettings other) {
        return new BotDefinition(name, language, other, intents, flows);
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
