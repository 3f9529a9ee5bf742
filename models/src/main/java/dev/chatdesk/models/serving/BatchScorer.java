package dev.chatdesk.models.serving;

import dev.chatdesk.models.text.TokenBatch;
import java.util.List;

/**
 * What a {@link BatchingQueue} serves: it tokenizes texts and scores padded batches of them. Every
 * worker of the queue calls it, possibly at the same time, so implementations are thread-safe.
 *
 * @param <R> the result for one text
 */
interface BatchScorer<R> extends AutoCloseable {
    /** Readies the calling worker thread, once, before its first batch. */
    default void startWorker() {}

    /** The word-piece ids of one text, special tokens included, truncated as the scorer needs. */
    long[] tokenize(String text);

    /** The results of a padded batch, one per row, in row order. */
    List<R> score(TokenBatch batch);

    /** Frees what the scorer holds; called once, after the workers have stopped. */
    @Override
    void close();
}
