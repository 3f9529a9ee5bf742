package dev.chatdesk.core.store.memory;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.core.kb.ArticleChange;
import dev.chatdesk.core.store.ArticleChangeLog;
import java.util.ArrayList;
import java.util.List;

/** The {@link ArticleChangeLog} of {@link InMemoryStores}. */
final class MemoryArticleChangeLog implements ArticleChangeLog {
    private final List<ArticleChange> changes = new ArrayList<>();

    @Override
    public synchronized long append(ArticleChange change) {
        changes.add(requireNonNull(change, "change"));
        return changes.size();
    }

    @Override
    public synchronized List<Logged> after(long seq, int limit) {
        List<Logged> later = new ArrayList<>();
        for (long next = Math.max(seq, 0) + 1; next <= changes.size() && later.size() < limit; next++) {
            later.add(new Logged(next, changes.get((int) next - 1)));
        }
        return later;
    }
}
