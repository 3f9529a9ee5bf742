package dev.chatdesk.kb.bench;

import dev.chatdesk.core.kb.TextEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An embedder that embeds many texts in chunks and reports after each, so that indexing a large
 * corpus (minutes) shows how far it is.
 */
final class ProgressEmbedder implements TextEmbedder {
    private static final int CHUNK = 2048;

    private final TextEmbedder embedder;
    private final Consumer<String> progress;

    ProgressEmbedder(TextEmbedder embedder, Consumer<String> progress) {
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
                progress.accept(String.format("embedded %d of %d passages in %.0f s (%.0f a second)",
                        vectors.size(), texts.size(), seconds, vectors.size() / seconds));
            }
        }
        return vectors;
    }
}
