package dev.chatdesk.core.store;

import dev.chatdesk.core.kb.ArticleChange;
import java.util.List;

/**
 * The admins' changes to the help articles, in the order they were made, kept where every node
 * reads them: each node applies them to its own search index, so all answer from the same
 * articles, a node that starts later included. Thread-safe; calls block.
 */
public interface ArticleChangeLog {
    /**
     * A change with its place in the log.
     *
     * @param seq its sequence number: greater than every change appended before it
     * @param change the change
     */
    record Logged(long seq, ArticleChange change) {}

    /**
     * Appends a change, durably; returns its sequence number. Appends are ordered as they
     * commit, so a reader that has seen number n has seen every change before it.
     */
    long append(ArticleChange change);

    /** The changes after sequence number {@code seq}, in order, at most {@code limit}. */
    List<Logged> after(long seq, int limit);
}
