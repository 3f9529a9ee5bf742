package dev.chatdesk.kb.bench;

import dev.chatdesk.core.kb.TextEmbedder;
import java.util.List;

/**
 * An embedder that remembers how long its last call took, so a benchmark can tell the query's
 * embedding apart from the rest of a search. Meant for one searching thread at a time.
 */
final class TimedEmbedder implements TextEmbedder {
    private final TextEmbedder embedder;
    private volatile long lastNanos;

    TimedEmbedder(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public int dimensions() {
        return embedder.dimensions();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        long started = System.nanoTime();
        List<float[]> vectors = embedder.embed(texts);
        lastNanos = System.nanoTime() - started;
        return vectors;
    }

    /** The duration of the last call, in nanoseconds. */
    long lastNanos() {
        return lastNanos;
    }
}
