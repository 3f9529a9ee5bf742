package dev.chatdesk.storage.bench;

import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.store.ConversationQuery;
import dev.chatdesk.core.store.ConversationStore;
import dev.chatdesk.storage.jdbc.BulkConversations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The agents' search on a large store: fills it with a {@link GeneratedHistory} and times searches
 * of the kinds agents make, as the inbox makes them (the first page of 25, newest activity first).
 */
public final class SearchBenchmark {
    /** One kind of search: what it looks for and how long it took, a millisecond value per run. */
    public record Kind(String name, int runs, double p50Millis, double p99Millis, double meanHits) {}

    /** What a run measured: the store's size, the time to fill it, and each kind of search. */
    public record Result(int conversations, long messages, double fillSeconds, double p50Millis, double p99Millis,
            List<Kind> kinds) {}

    private static final String[] FIRST = {"Anna", "Ben", "Emma", "Hugo", "Ines", "Maya", "Sven", "Wen"};
    private static final String[] LAST = {"Schmidt", "Novak", "Garcia", "Tanaka", "Okafor", "Berg"};

    private final Random random = new Random(20261207);

    /**
     * Fills the store with {@code conversations} conversations (about ten messages each), in batches
     * through {@code bulk}, telling {@code progress} how many are written; then runs {@code runs} searches of each kind.
     */
    public Result run(BulkConversations bulk, ConversationStore store, int conversations, int runs, IntConsumer progress) {
        long started = System.nanoTime();
        GeneratedHistory history = new GeneratedHistory();
        long messages = history.write(bulk, conversations, Instant.now(), Duration.ofDays(90), progress);
        double fillSeconds = (System.nanoTime() - started) / 1e9;
        Map<String, Supplier<ConversationQuery>> kinds = new LinkedHashMap<>();
        ConversationQuery page = ConversationQuery.all(25);
        kinds.put("order number", () -> page.withText(pick(history.orderNumbers())));
        kinds.put("e-mail address", () -> page.withText(pick(history.emails())));
        kinds.put("customer name", () -> page.withText(pick(FIRST) + " " + pick(LAST)));
        kinds.put("common word", () -> page.withText(pick(new String[] {"refund", "parcel", "tracking", "address"})));
        kinds.put("two words, open only", () -> page.withText(pick(new String[] {"damaged box", "charged twice", "zipper tent"}))
                .withStatuses(EnumSet.complementOf(EnumSet.of(ConversationStatus.CLOSED))));
        kinds.put("chinese", () -> page.withText(pick(new String[] {"退款", "收货地址", "扣款"})));
        kinds.put("no words, unassigned", () -> page.withStatuses(EnumSet.of(ConversationStatus.WAITING_FOR_AGENT)));
        kinds.put("an agent's resolved", () -> page.withStatuses(EnumSet.of(ConversationStatus.CLOSED)).visibleTo("agent3"));
        for (int i = 0; i < Math.min(runs, 20); i++) {
            kinds.values().forEach(query -> store.search(query.get())); // warm-up: the JIT and the database's caches
        }
        List<Kind> results = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (Map.Entry<String, Supplier<ConversationQuery>> kind : kinds.entrySet()) {
            double[] millis = new double[runs];
            long hits = 0;
            for (int i = 0; i < runs; i++) {
                ConversationQuery query = kind.getValue().get();
                long t0 = System.nanoTime();
                hits += store.search(query).items().size();
                millis[i] = (System.nanoTime() - t0) / 1e6;
                all.add(millis[i]);
            }
            Arrays.sort(millis);
            results.add(new Kind(kind.getKey(), runs, Percentile.of(millis, 0.5), Percentile.of(millis, 0.99), (double) hits / runs));
        }
        double[] every = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(conversations, messages, fillSeconds, Percentile.of(every, 0.5), Percentile.of(every, 0.99), results);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
