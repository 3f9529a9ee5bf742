package dev.chatdesk.core.bot;

import dev.chatdesk.core.nlu.Language;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A bot in every language it speaks: one {@link BotDefinition} per language, with the same
 * intents, flows and settings and each one's texts in its language.
 *
 * @param byLanguage the bot in each of its languages, its default language first
 */
public record BotLanguages(Map<Language, BotDefinition> byLanguage) {
    /** Keeps the order of the languages. */
    public BotLanguages {
        if (byLanguage.isEmpty()) {
            throw new IllegalArgumentException("a bot speaks at least one language");
        }
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    /** A bot that speaks one language. */
    public static BotLanguages of(BotDefinition bot) {
        return new BotLanguages(Map.of(bot.language(), bot));
    }

    /** The languages the bot speaks, its default first. */
    public List<Language> languages() {
        return List.copyOf(byLanguage.keySet());
    }

    /** The bot in its default language (the first of its settings' {@code languages}). */
    public BotDefinition primary() {
        return byLanguage.values().iterator().next();
    }

    /** The bot in a language, or in its default language when it does not speak that one. */
    public BotDefinition in(Language language) {
        return byLanguage.getOrDefault(language, primary());
    }

    /** The language the bot answers a message of the given language in: that one if it speaks it, else its default. */
    public Language answering(Language language) {
        return byLanguage.containsKey(language) ? language : primary().language();
    }

    /** This bot with a change made to its settings in every language (an operator's overrides). */
    public BotLanguages withSettings(UnaryOperator<BotSettings> change) {
        Map<Language, BotDefinition> changed = new LinkedHashMap<>();
        byLanguage.forEach((language, bot) -> changed.put(language, bot.withSettings(change.apply(bot.settings()))));
        return new BotLanguages(changed);
    }
}
