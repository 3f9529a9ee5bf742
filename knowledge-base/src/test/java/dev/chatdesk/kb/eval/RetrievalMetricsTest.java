package dev.chatdesk.kb.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetrievalMetricsTest {
    private static final Map<String, Integer> JUDGED = Map.of("a", 2, "b", 1, "c", 0);

    @Test
    void ndcgIsOneForTheIdealRankingAndDiscountsLaterHitsByLogRank() {
        assertEquals(1.0, RetrievalMetrics.ndcg(List.of("a", "b", "x"), JUDGED, 10), 1e-12);
        double dcg = 1 / (Math.log(3) / Math.log(2)) + 2 / (Math.log(4) / Math.log(2));
        double idcg = 2 + 1 / (Math.log(3) / Math.log(2));
        assertEquals(dcg / idcg, RetrievalMetrics.ndcg(List.of("x", "b", "a"), JUDGED, 10), 1e-12);
        assertEquals(0.0, RetrievalMetrics.ndcg(List.of("x", "y"), JUDGED, 10), 1e-12);
    }

    @Test
    void recallCountsOnlyRelevantDocumentsWithinTheCutOff() {
        assertEquals(0.5, RetrievalMetrics.recall(List.of("c", "b", "x"), JUDGED, 100), 1e-12);
        assertEquals(0.0, RetrievalMetrics.recall(List.of("x", "b"), JUDGED, 1), 1e-12);
    }
}
