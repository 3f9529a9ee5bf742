package dev.chatdesk.kb.bench;

import dev.chatdesk.core.kb.TextEmbedder;
import dev.chatdesk.kb.index.KbSettings;
import dev.chatdesk.kb.index.LuceneKnowledgeBase;
import dev.chatdesk.kb.index.SearchMode;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * How long one customer's search takes in one mode, query embedding included: each question is
 * searched once, one after another, with the result cache off, after a warm-up.
 *
 * @param mode the search mode
 * @param queries the number of questions timed
 * @param p50Ms the median search time
 * @param p99Ms the 99th percentile of the search time
 * @param maxMs the longest search
 * @param queriesPerSecond questions answered per second by one client
 * @param embedP50Ms the median time of the query's embedding within a search
 * @param embedP99Ms its 99th percentile
 * @param indexP50Ms the median time of the rest of a search (index lookups, fusion, stored fields)
 * @param indexP99Ms its 99th percentile
 */
public record SearchLatency(String mode, int queries, double p50Ms, double p99Ms, double maxMs, double queriesPerSecond,
        double embedP50Ms, double embedP99Ms, double indexP50Ms, double indexP99Ms) {
    /** How many articles each benchmark search asks for, as the bot does. */
    static final int LIMIT = 3;

    /**
     * Opens the index in the given mode and times the questions.
     *
     * @param warmUp questions searched first and not timed, so the JIT and caches settle
     */
    public static SearchLatency measure(BenchIndex index, TextEmbedder embedder, SearchMode mode, List<String> warmUp,
            List<String> questions) throws IOException {
        TimedEmbedder timed = new TimedEmbedder(embedder);
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(index.directory(), timed,
                KbSettings.defaults().withMode(mode).withoutCache())) {
            warmUp.forEach(q -> kb.search(q, LIMIT));
            long[] total = new long[questions.size()];
            long[] embedding = new long[questions.size()];
            long started = System.nanoTime();
            for (int i = 0; i < questions.size(); i++) {
                long before = System.nanoTime();
                kb.search(questions.get(i), LIMIT);
                total[i] = System.nanoTime() - before;
                embedding[i] = timed.lastNanos();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] rest = new long[total.length];
            Arrays.setAll(rest, i -> total[i] - embedding[i]);
            Arrays.sort(total);
            Arrays.sort(embedding);
            Arrays.sort(rest);
            return new SearchLatency(mode.name(), questions.size(), ms(percentile(total, 0.50)),
                    ms(percentile(total, 0.99)), ms(total[total.length - 1]), questions.size() / seconds,
                    ms(percentile(embedding, 0.50)), ms(percentile(embedding, 0.99)),
                    ms(percentile(rest, 0.50)), ms(percentile(rest, 0.99)));
        }
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
