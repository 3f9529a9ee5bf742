package dev.chatdesk.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.conversation.TurnOutcome;
import dev.chatdesk.core.testing.MutableClock;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many threads at once, as a server's worker and virtual threads call the store. */
class SqliteConversationStoreConcurrencyTest {
    private static final int THREADS = 8;
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private JdbcStorage storage;
    private ExecutorService threads;

    @BeforeEach
    void open() {
        storage = SqliteStorage.open(dir.resolve("chatdesk.db"), new MutableClock(START));
        threads = Executors.newFixedThreadPool(THREADS + 1);
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        storage.close();
    }

    @Test
    void eightThreadsRetryingOneClientMessageIdStoreOneMessage() throws Exception {
        String id = newConversation();
        CyclicBarrier start = new CyclicBarrier(THREADS);

        List<Message> results = runAll(THREADS, thread -> {
            start.await();
            return storage.conversations().append(id, NewMessage.fromCustomer("where is my order", "client-1"));
        });

        assertEquals(1, results.stream().distinct().count(), "every caller gets the one stored message");
        assertEquals(results.subList(0, 1), storage.conversations().messages(id));
    }

    @Test
    void exactlyOneOfTwoRacingAgentsClaimsAConversation() throws Exception {
        for (int round = 0; round < 20; round++) {
            String id = escalatedConversation();
            CyclicBarrier start = new CyclicBarrier(2);
            List<String> agents = List.of("ann", "bob");

            List<Boolean> won = runAll(2, agent -> {
                start.await();
                return storage.conversations().transition(id, Set.of(ConversationStatus.WAITING_FOR_AGENT),
                        ConversationStatus.WITH_AGENT, agents.get(agent));
            });

            assertEquals(1, won.stream().filter(Boolean::booleanValue).count(), "one winner in round " + round);
            String winner = agents.get(won.indexOf(true));
            assertEquals(winner, storage.conversations().find(id).orElseThrow().assignee());
        }
    }

    @Test
    void concurrentAppendsToFiftyConversationsKeepEachConversationsOrderAndLoseNothing() throws Exception {
        int conversations = 50;
        int rounds = 2;
        List<String> ids = IntStream.range(0, conversations).mapToObj(i -> newConversation()).toList();

        // Each thread visits every conversation in its own order, once per round.
        List<List<Message>> acknowledged = runAll(THREADS, thread -> {
            List<String> order = new ArrayList<>(ids);
            Collections.shuffle(order, new Random(thread));
            List<Message> mine = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (String id : order) {
                    mine.add(storage.conversations().append(id, NewMessage.of(Role.CUSTOMER, "t" + thread + " r" + round)));
                }
            }
            return mine;
        });

        Map<String, List<Message>> storedById = ids.stream().collect(Collectors.toMap(id -> id, storage.conversations()::messages));
        for (String id : ids) {
            List<Message> stored = storedById.get(id);
            assertEquals(LongStream.rangeClosed(1, THREADS * rounds).boxed().toList(),
                    stored.stream().map(Message::seq).toList(), "gap-free sequence numbers in " + id);
            for (int thread = 0; thread < THREADS; thread++) {
                String prefix = "t" + thread + " ";
                assertEquals(List.of(prefix + "r0", prefix + "r1"),
                        stored.stream().map(Message::text).filter(text -> text.startsWith(prefix)).toList(),
                        "thread " + thread + "'s messages in the order it sent them, in " + id);
            }
        }
        List<Message> all = acknowledged.stream().flatMap(List::stream).toList();
        assertEquals(conversations * THREADS * rounds, all.size());
        for (Message message : all) {
            assertEquals(message, storedById.get(message.conversationId()).get((int) message.seq() - 1),
                    "an acknowledged message is stored as acknowledged");
        }
    }

    @Test
    void readersSeeGapFreeConversationsWhileWritersAppend() throws Exception {
        String id = newConversation();
        AtomicBoolean writing = new AtomicBoolean(true);
        Future<Integer> reader = threads.submit(() -> {
            int reads = 0;
            while (writing.get()) {
                List<Long> seqs = storage.conversations().messages(id).stream().map(Message::seq).toList();
                assertEquals(LongStream.rangeClosed(1, seqs.size()).boxed().toList(), seqs);
                reads++;
            }
            return reads;
        });

        runAll(4, thread -> {
            for (int i = 0; i < 40; i++) {
                storage.conversations().append(id, NewMessage.of(Role.BOT, "t" + thread + " " + i));
            }
            return null;
        });
        writing.set(false);

        assertTrue(reader.get() > 0, "the reader ran while writers appended");
        assertEquals(160, storage.conversations().messages(id).size());
    }

    /** Runs the task on {@code count} threads at once and returns their results, by thread number. */
    private <T> List<T> runAll(int count, IndexedTask<T> task) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(threads.submit((Callable<T>) () -> task.run(index)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    @FunctionalInterface
    private interface IndexedTask<T> {
        T run(int index) throws Exception;
    }

    private String newConversation() {
        return storage.conversations().create(new NewConversation("web", null, null, "en", "hash")).id();
    }

    private String escalatedConversation() {
        String id = newConversation();
        storage.conversations().completeTurn(id, null, null, new TurnOutcome(List.of(), "{}", ConversationStatus.WAITING_FOR_AGENT,
                new Escalation(id, EscalationReason.REQUESTED, "button", "asked for a person", List.of(), START)));
        return id;
    }
}
