package dev.chatdesk.kb.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatdesk.core.kb.TextEmbedder;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.kb.index.SearchMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeirEvaluationTest {
    /** Keyword ranking needs no meaning: every text gets the same vector. */
    private static final TextEmbedder SAME_VECTOR = new TextEmbedder() {
        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            return Collections.nCopies(texts.size(), new float[] {1, 0});
        }
    };

    private static BeirDataset chineseDataset(Path dir) throws Exception {
        Files.writeString(dir.resolve("corpus.jsonl"), """
                {"_id": "returns", "title": "退货政策", "text": "收到商品后七天内可申请退货。"}
                {"_id": "shipping", "title": "配送说明", "text": "订单通常在两个工作日内发货。"}
                {"_id": "klarna", "title": "Klarna", "text": "Pay later with Klarna."}
                """);
        Files.writeString(dir.resolve("queries.jsonl"), """
                {"_id": "q1", "text": "退货需要几天"}
                {"_id": "q2", "text": "什么时候发货"}
                """);
        Files.writeString(dir.resolve("qrels.tsv"), "query-id\tcorpus-id\tscore\nq1\treturns\t1\nq2\tshipping\t1\n");
        return BeirDataset.read(dir.resolve("corpus.jsonl"), dir.resolve("queries.jsonl"), dir.resolve("qrels.tsv"));
    }

    @Test
    void aCorpusMostlyInChineseIsEvaluatedInChinese(@TempDir Path dir) throws Exception {
        BeirDataset dataset = chineseDataset(dir);
        assertEquals(Language.ZH, dataset.language());
        Map<String, Object> result = BeirEvaluation.run(dataset, SAME_VECTOR, SearchMode.bm25);
        assertEquals("zh", result.get("language"));
        assertEquals(1.0, (double) result.get("ndcg@10"), 1e-9);
    }
}
