package dev.chatdesk.server.config;

/**
 * Thresholds of the dialogue manager that, when set, override the bot's own settings. A null field
 * keeps the bot's value.
 *
 * @param intentConfidence the confidence above which the bot acts on the recognised intent
 * @param clarifyConfidence the confidence above which the bot asks which of its best guesses was meant
 * @param anger the anger score at which the conversation goes to a person
 */
public record DialogueConfig(
        @Key(min = 0, max = 1, derivedDefault = "the bot's setting",
                doc = "Confidence from which the bot answers the recognised intent.")
        Double intentConfidence,
        @Key(min = 0, max = 1, derivedDefault = "the bot's setting",
                doc = "Confidence from which the bot asks which of its best guesses was meant, "
                        + "rather than falling back.")
        Double clarifyConfidence,
        @Key(min = 0, max = 1, derivedDefault = "the bot's setting",
                doc = "Anger score from which the conversation is handed to a person.")
        Double anger) {}
