package dev.chatdesk.storage.bench;

import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.conversation.TurnOutcome;
import dev.chatdesk.core.nlu.SentimentLabel;
import dev.chatdesk.core.store.ConversationStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What a customer's turn writes, as fast as a store takes it: the customer's message (durable
 * before it is acknowledged), then the turn (the model's reading, the bot's reply, the dialogue
 * state), for {@code concurrency} conversations at once on virtual threads, as the server's
 * conversation lanes run them.
 */
public final class TurnWrites {
    private static final MessageNlu NLU = new MessageNlu("order_status", 0.93, false, SentimentLabel.NEUTRAL, 0.71, 0.04);

    /**
     * What one run measured.
     *
     * @param concurrency conversations written at once
     * @param turns turns written in the timed part
     * @param turnsPerSecond turns written a second
     * @param p50Millis the median time of one turn's two writes
     * @param p99Millis the 99th percentile of it
     */
    public record Result(int concurrency, int turns, double turnsPerSecond, double p50Millis, double p99Millis) {}

    private final ConversationStore store;

    /** Writes turns into this store. */
    public TurnWrites(ConversationStore store) {
        this.store = store;
    }

    /** Writes {@code turnsEach} turns into each of {@code concurrency} new conversations at once. */
    public Result run(int concurrency, int turnsEach) throws Exception {
        List<String> conversations = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            conversations.add(store.create(new NewConversation("web", null, null, "en", "bench")).id());
        }
        long started = System.nanoTime();
        List<Future<long[]>> lanes = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String id : conversations) {
                lanes.add(threads.submit(() -> turns(id, turnsEach)));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = new long[concurrency * turnsEach];
        int next = 0;
        for (Future<long[]> lane : lanes) {
            long[] nanos = lane.get();
            System.arraycopy(nanos, 0, all, next, nanos.length);
            next += nanos.length;
        }
        Arrays.sort(all);
        return new Result(concurrency, all.length, all.length / seconds, millis(all, 0.50), millis(all, 0.99));
    }

    private long[] turns(String conversationId, int count) {
        long[] nanos = new long[count];
        for (int turn = 0; turn < count; turn++) {
            long start = System.nanoTime();
            Message question = store.append(conversationId,
                    NewMessage.fromCustomer("where is my order NW-" + (100_000 + turn), "client-" + turn));
            store.completeTurn(conversationId, question.id(), NLU, new TurnOutcome(
                    List.of(NewMessage.of(Role.BOT, "It's on its way with DHL, expected on Monday.")),
                    "{\"turn\":" + turn + "}", ConversationStatus.BOT, null));
            nanos[turn] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))] / 1e6;
    }
}
