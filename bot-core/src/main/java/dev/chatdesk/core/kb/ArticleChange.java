package dev.chatdesk.core.kb;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A change an admin made to the help articles, as it can be applied again to any copy of the knowledge base. */
public sealed interface ArticleChange {
    /** Applies the change; returns false for the removal of an article that was not there. */
    boolean applyTo(KnowledgeBase knowledgeBase);

    /** An article added, or replacing the one with its id. */
    record Put(Article article) implements ArticleChange {
        /** Checks the article is given. */
        public Put {
            requireNonNull(article, "article");
        }

        @Override
        public boolean applyTo(KnowledgeBase knowledgeBase) {
            knowledgeBase.put(article);
            return true;
        }
    }

    /** An article removed. */
    record Delete(String articleId) implements ArticleChange {
        /** Checks the id is given. */
        public Delete {
            requireNonNull(articleId, "articleId");
        }

        @Override
        public boolean applyTo(KnowledgeBase knowledgeBase) {
            return knowledgeBase.delete(articleId);
        }
    }

    /** The whole collection replaced by these articles. */
    record ReplaceAll(List<Article> articles) implements ArticleChange {
        /** Keeps a copy of the articles. */
        public ReplaceAll {
            articles = List.copyOf(articles);
        }

        @Override
        public boolean applyTo(KnowledgeBase knowledgeBase) {
            knowledgeBase.replaceAll(articles);
            return true;
        }
    }
}
