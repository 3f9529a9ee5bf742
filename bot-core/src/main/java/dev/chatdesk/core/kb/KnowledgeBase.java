package dev.chatdesk.core.kb;

import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.LanguageDetector;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * A searchable collection of help articles. Implementations are thread-safe; searches never see
 * a half-applied change. Calls block (index and model work): call them off event loops.
 */
public interface KnowledgeBase extends AutoCloseable {
    /** The best passages in the given language's articles for a customer's question, with the answerability decision. */
    KbResults search(String query, Language language, int limit);

    /**
     * As {@link #search(String, Language, int)}, with the question's vector from a caller who needs
     * it anyway, so that it is embedded once: {@code queryVector} gives what this knowledge base's
     * embedder of the language gives for the question ({@link TextEmbedder#embedQuery}), and is
     * called only if the search needs it. By default it is not used.
     */
    default KbResults search(String query, Language language, int limit, Supplier<float[]> queryVector) {
        return search(query, language, limit);
    }

    /** The best passages for a question, searched in the language of its script. */
    default KbResults search(String query, int limit) {
        return search(query, LanguageDetector.detect(query), limit);
    }

    /** Replaces the whole collection: articles are added or replaced by id, and ones not given are removed. */
    void replaceAll(Collection<Article> articles);

    /** Adds an article or replaces the one with its id. */
    void put(Article article);

    /** Removes an article; false if there was none with that id. */
    boolean delete(String articleId);

    /** The number of articles. */
    int size();

    /** Releases the index. */
    @Override
    void close();
}
