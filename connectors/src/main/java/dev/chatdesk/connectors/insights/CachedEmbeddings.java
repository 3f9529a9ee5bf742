package dev.chatdesk.connectors.insights;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.chatdesk.core.kb.TextEmbedder;
import dev.chatdesk.core.nlu.Language;
import java.util.ArrayList;
import java.util.EnumMap;
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
            List<String> missing = texts.stream().filter(text -> vectors.getIfPresent(text) == null).distinct().toList();
            if (!missing.isEmpty()) {
                List<float[]> embedded = encoder.get().embed(missing);
                for (int i = 0; i < missing.size(); i++) {
                    vectors.put(missing.get(i), embedded.get(i));
                }
            }
            List<float[]> result = new ArrayList<>(texts.size());
            for (String text : texts) {
                float[] vector = vectors.getIfPresent(text);
                // evicted between the two loops: embed it alone
                result.add(vector != null ? vector : encoder.get().embed(List.of(text)).get(0));
            }
            return result;
        }
    }
}
