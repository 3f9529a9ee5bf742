package dev.chatdesk.storage.bench;

import dev.chatdesk.core.bot.Thresholds;
import dev.chatdesk.core.insights.Bucket;
import dev.chatdesk.core.insights.Headline;
import dev.chatdesk.core.insights.InsightsRange;
import dev.chatdesk.core.store.InsightsStore;
import dev.chatdesk.storage.jdbc.BulkConversations;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The insights on a large store: fills it with a {@link GeneratedHistory} of 90 days and times the
 * calls the dashboard makes (a range's measures and the headline of the range before it, as
 * {@code GET /api/v1/admin/insights} reads them) over ranges of several lengths.
 */
public final class InsightsBenchmark {
    /** The anger from which a bot with the default thresholds counts a message angry. */
    private static final double ANGRY_AT = Thresholds.DEFAULTS.anger();
    private static final Duration HISTORY = Duration.ofDays(90);

    /** One kind of call: its range and how long it took. */
    public record Kind(String name, int runs, double p50Millis, double p99Millis) {}

    /**
     * What a run measured: the store's size, the time to fill it, each kind of call, and the
     * headline of the whole history (to see that the generated data measures as meant).
     */
    public record Result(int conversations, long messages, double fillSeconds, double p50Millis, double p99Millis,
            List<Kind> kinds, Map<String, Object> wholeHistory) {}

    /**
     * Fills the store with {@code conversations} conversations through {@code bulk}, telling
     * {@code progress} how many are written; then makes {@code runs} calls of each kind.
     */
    public Result run(BulkConversations bulk, InsightsStore store, int conversations, int runs, IntConsumer progress) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        long started = System.nanoTime();
        long messages = new GeneratedHistory().write(bulk, conversations, end, HISTORY, progress);
        double fillSeconds = (System.nanoTime() - started) / 1e9;
        Map<String, InsightsRange> kinds = new LinkedHashMap<>();
        kinds.put("last 30 days by day (the dashboard's default)", last(end, Duration.ofDays(30), Bucket.DAY));
        kinds.put("all 90 days by day", last(end, HISTORY, Bucket.DAY));
        kinds.put("last 7 days by hour", last(end, Duration.ofDays(7), Bucket.HOUR));
        kinds.put("yesterday and today by hour", last(end, Duration.ofDays(2), Bucket.HOUR));
        for (int i = 0; i < Math.min(runs, 5); i++) {
            kinds.values().forEach(range -> call(store, range)); // warm-up: the JIT and the database's caches
        }
        List<Kind> results = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (Map.Entry<String, InsightsRange> kind : kinds.entrySet()) {
            double[] millis = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                call(store, kind.getValue());
                millis[i] = (System.nanoTime() - t0) / 1e6;
                all.add(millis[i]);
            }
            Arrays.sort(millis);
            results.add(new Kind(kind.getKey(), runs, Percentile.of(millis, 0.5), Percentile.of(millis, 0.99)));
        }
        double[] every = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(conversations, messages, fillSeconds, Percentile.of(every, 0.5), Percentile.of(every, 0.99), results,
                summary(store.headline(last(end, HISTORY, Bucket.DAY))));
    }

    private static Map<String, Object> summary(Headline headline) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("conversations", headline.conversations());
        summary.put("containmentRate", headline.containmentRate());
        summary.put("escalations", headline.escalations());
        summary.put("csatAverage", headline.csat().average());
        summary.put("csatResponses", headline.csat().responses());
        summary.put("firstResponseSecondsP50", headline.firstResponse().p50() == null ? null : headline.firstResponse().p50().toSeconds());
        summary.put("resolutionSecondsP50", headline.resolution().p50() == null ? null : headline.resolution().p50().toSeconds());
        return summary;
    }

    private static void call(InsightsStore store, InsightsRange range) {
        store.measure(range, ANGRY_AT);
        store.headline(range.previous());
    }

    private static InsightsRange last(Instant end, Duration span, Bucket bucket) {
        return new InsightsRange(end.minus(span), end, bucket);
    }
}
