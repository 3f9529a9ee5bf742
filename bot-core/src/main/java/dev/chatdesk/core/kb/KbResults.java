package dev.chatdesk.core.kb;

import java.util.List;

/**
 * What a search found.
 *
 * @param hits the best passages, best first, at most one per article
 * @param answerable whether the best passage is relevant enough to answer with; when false the
 *     bot says it does not know rather than quoting an unrelated passage
 * @param confidence the score the answerability decision was taken on
 */
public record KbResults(List<KbHit> hits, boolean answerable, double confidence) {
    /** Copies the list. */
    public KbResults {
        hits = List.copyOf(hits);
    }
}
