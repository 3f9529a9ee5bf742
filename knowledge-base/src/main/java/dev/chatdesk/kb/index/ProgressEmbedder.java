package dev.chatdesk.kb.index;

import dev.chatdesk.core.kb.TextEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An embedder that embeds many texts in chunks and reports after each how far it is (done of
 * total, the rate, the time left), so that indexing a large corpus (minutes) is never silent.
 */
public final class ProgressEmbedder implements TextEmbedder, AutoCloseable {
    private static final int CHUNK = 1024;

    private final TextEmbedder embedder;
    private final Consumer<String> progress;

    /** Embeds with {@code embedder}, telling {@code progress} after each chunk of a long list. */
    public ProgressEmbedder(TextEmbedder embedder, Consumer<String> progress) {
        this.embedder = embedder;
        this.progress = progress;
    }

    @Override
    public int dimensions() {
        return embedder.dimensions();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        long started = System.nanoTime();
        for (int from = 0; from < texts.size(); from += CHUNK) {
            vectors.addAll(embedder.embed(texts.subList(from, Math.min(texts.size(), from + CHUNK))));
            if (texts.size() > CHUNK) {
                double seconds = (System.nanoTime() - started) / 1e9;
                double rate = vectors.size() / seconds;
                progress.accept(String.format("embedded %d of %d passages in %.0f s (%.0f a second, %.0f s left)",
                        vectors.size(), texts.size(), seconds, rate, (texts.size() - vectors.size()) / rate));
            }
        }
        return vectors;
    }

    @Override
    public float[] embedQuery(String question) {
        return embedder.embedQuery(question);
    }

    /** Closes the embedder it wraps, when that holds resources. */
    @Override
    public void close() throws Exception {
        if (embedder instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
