package dev.chatdesk.kb.eval;

import dev.chatdesk.core.kb.KbHit;
import dev.chatdesk.core.kb.TextEmbedder;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.kb.index.KbSettings;
import dev.chatdesk.kb.index.LuceneKnowledgeBase;
import dev.chatdesk.kb.index.SearchMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes a BEIR corpus into an in-memory knowledge base and measures its ranking of documents
 * (each document ranked by its best passage) for every judged query, giving the fields of {@code
 * ./chatdesk kb eval --json}.
 */
public final class BeirEvaluation {
    private static final int NDCG_AT = 10;
    private static final int RECALL_AT = 100;

    private BeirEvaluation() {}

    /** Runs the benchmark in one search mode, in the language most of the corpus is in. */
    public static Map<String, Object> run(BeirDataset dataset, TextEmbedder embedder, SearchMode mode) {
        return run(dataset, dataset.language(), embedder, mode);
    }

    /**
     * Runs the benchmark in one search mode and one language: every document is analysed and
     * every query searched as that language's, whatever their script.
     *
     * @param embedder the language's embedder
     */
    public static Map<String, Object> run(BeirDataset dataset, Language language, TextEmbedder embedder, SearchMode mode) {
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.inMemory(embedder, KbSettings.defaults().withMode(mode))) {
            long started = System.nanoTime();
            kb.replaceAll(dataset.documents().stream().map(d -> d.withLanguage(language)).toList());
            double indexSeconds = seconds(started);
            double ndcgSum = 0;
            double recallSum = 0;
            started = System.nanoTime();
            for (Map.Entry<String, String> query : dataset.queries().entrySet()) {
                List<String> ranking = kb.search(query.getValue(), language, RECALL_AT).hits().stream()
                        .map(KbHit::articleId).toList();
                Map<String, Integer> judged = dataset.judgements().get(query.getKey());
                ndcgSum += RetrievalMetrics.ndcg(ranking, judged, NDCG_AT);
                recallSum += RetrievalMetrics.recall(ranking, judged, RECALL_AT);
            }
            double searchSeconds = seconds(started);
            int queries = dataset.queries().size();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("mode", mode.name());
            result.put("language", language.code());
            result.put("queries", queries);
            result.put("ndcg@10", ndcgSum / queries);
            result.put("recall@100", recallSum / queries);
            result.put("queriesPerSecond", queries / searchSeconds);
            result.put("indexSeconds", indexSeconds);
            result.put("documents", dataset.documents().size());
            return result;
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
