package dev.chatdesk.connectors.insights;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.chatdesk.core.kb.TextEmbedder;
import dev.chatdesk.core.nlu.Language;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Each language's sentence encoder with the vectors of texts it embedded recently remembered: the
 * dashboard asks again for the same questions' groups, and a question's vector does not change.
 */
public final class CachedEmbeddings implements Function<Language, TextEmbedder> {
    /** About 15 MB of 384-float vectors. */
    private static final int REMEMBERED = 10_000;

    private final Map<Language, TextEmbedder> byLanguage = new EnumMap<>(Language.class);

    /** Remembers what the encoders {@code embedders} gives for each language embed. */
    public CachedEmbeddings(Function<Language, TextEmbedder> embedders) {
        for (Language language : Language.values()) {
            byLanguage.put(language, new Remembering(() -> embedders.apply(language)));
        }
    }

    @Override
    public TextEmbedder apply(Language language) {
        return byLanguage.get(language);
    }

    /** One language's encoder (asked for only when a text needs it) behind a cache of its vectors. */
    private static final class Remembering implements TextEmbedder {
        private final Supplier<TextEmbedder> encoder;
        private final Cache<String, float[]> vectors = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

        Remembering(Supplier<TextEmbedder> encoder) {
            this.encoder = encoder;
        }

        @Override
        public int dimensions() {
            return encoder.get().dimensions();
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            Map<String, float[]> known = new HashMap<>(vectors.getAllPresent(texts));
            List<String> missing = texts.stream().filter(text -> !known.containsKey(text)).distinct().toList();
            if (!missing.isEmpty()) {
                List<float[]> embedded = encoder.get().embed(missing);
                for (int i = 0; i < missing.size(); i++) {
                    known.put(missing.get(i), embedded.get(i));
                    vectors.put(missing.get(i), embedded.get(i));
                }
            }
            return texts.stream().map(known::get).toList();
        }
    }
}
