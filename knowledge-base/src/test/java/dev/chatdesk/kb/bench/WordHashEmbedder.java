package dev.chatdesk.kb.bench;

import dev.chatdesk.core.kb.TextEmbedder;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** A fast stand-in for the sentence encoder: unit bag-of-words vectors of hashed words; counts the texts it embeds. */
public final class WordHashEmbedder implements TextEmbedder {
    private static final int DIMENSIONS = 64;
    /** How many texts it embedded. */
    public final AtomicInteger embeddedTexts = new AtomicInteger();

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        embeddedTexts.addAndGet(texts.size());
        return texts.stream().map(WordHashEmbedder::vector).toList();
    }

    private static float[] vector(String text) {
        float[] v = new float[DIMENSIONS];
        for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
            v[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
        }
        double squares = 0;
        for (float x : v) {
            squares += x * x;
        }
        if (squares == 0) {
            v[0] = 1;
            return v;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(squares);
        }
        return v;
    }
}
