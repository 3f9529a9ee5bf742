package dev.chatdesk.kb.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Weighted reciprocal rank fusion: a document's fused score is the sum over the rankings of
 * {@code weight / (k + rank)}. With equal weights this is Lucene's {@code TopDocs.rrf}; unequal
 * weights let the ranking that is better for a kind of query count more.
 */
final class RankFusion {
    private RankFusion() {}

    static TopDocs weightedRrf(int topN, int k, TopDocs[] rankings, double[] weights) {
        Map<Integer, Double> fused = new HashMap<>();
        for (int r = 0; r < rankings.length; r++) {
            ScoreDoc[] docs = rankings[r].scoreDocs;
            for (int rank = 0; rank < docs.length; rank++) {
                fused.merge(docs[rank].doc, weights[r] / (k + rank + 1), Double::sum);
            }
        }
        List<Map.Entry<Integer, Double>> sorted = new ArrayList<>(fused.entrySet());
        sorted.sort((a, b) -> a.getValue().equals(b.getValue())
                ? Integer.compare(a.getKey(), b.getKey())
                : Double.compare(b.getValue(), a.getValue()));
        ScoreDoc[] top = sorted.stream().limit(topN)
                .map(e -> new ScoreDoc(e.getKey(), e.getValue().floatValue()))
                .toArray(ScoreDoc[]::new);
        return new TopDocs(new TotalHits(fused.size(), TotalHits.Relation.EQUAL_TO), top);
    }
}
