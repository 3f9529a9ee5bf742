package dev.chatdesk.server.testing;

import dev.chatdesk.core.kb.Article;
import dev.chatdesk.core.kb.KbResults;
import dev.chatdesk.core.kb.KnowledgeBase;
import dev.chatdesk.core.nlu.Language;
import java.util.Collection;
import java.util.List;

/** A knowledge base without articles, for conversations that flows and agents answer. */
public final class NoArticles implements KnowledgeBase {
    @Override
    public KbResults search(String query, Language language, int limit) {
        return new KbResults(List.of(), false, 0);
    }

    @Override
    public void replaceAll(Collection<Article> articles) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void put(Article article) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean delete(String articleId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public void close() {}
}
