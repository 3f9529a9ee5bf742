package dev.chatdesk.core.nlu;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The models of a bot, one per language it speaks (each fine-tuned from that language's encoder
 * on that language's examples); a message in another language goes to the bot's default one.
 *
 * @param byLanguage the model of each language, the default language first
 */
public record NluModels(Map<Language, NluModel> byLanguage) implements AutoCloseable {
    /** Keeps the order of the languages. */
    public NluModels {
        if (byLanguage.isEmpty()) {
            throw new IllegalArgumentException("a bot has at least one model");
        }
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    /** One model that reads every message (a bot of one language). */
    public static NluModels of(NluModel model) {
        return new NluModels(Map.of(Language.EN, model));
    }

    /** The model that reads messages of a language. */
    public NluModel forLanguage(Language language) {
        NluModel model = byLanguage.get(language);
        return model != null ? model : byLanguage.values().iterator().next();
    }

    /** Closes every model. */
    @Override
    public void close() {
        byLanguage.values().forEach(NluModel::close);
    }
}
