package dev.chatdesk.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.conversation.TurnOutcome;
import dev.chatdesk.core.store.ConversationStore;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.nio.file.Path;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads at once on two nodes sharing one database, as the worker and virtual threads of
 * several servers behind a load balancer call their stores: thread {@code i} works on node
 * {@code i % 2}.
 */
public abstract class ConcurrencyContract extends StorageContract {
    private static final int THREADS = 8;

    private List<JdbcStorage> nodes;
    private ExecutorService threads;

    /** The suite over the databases {@code backEnds} makes in an empty directory. */
    protected ConcurrencyContract(Function<Path, StorageBackEnd> backEnds) {
        super(backEnds);
    }

    @BeforeEach
    void open() {
        nodes = List.of(backEnd.open(clock, RecordCipher.plain()), backEnd.open(clock, RecordCipher.plain()));
        threads = Executors.newFixedThreadPool(THREADS + 1);
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        nodes.forEach(JdbcStorage::close);
    }

    /** The conversations of the node thread {@code index} works on. */
    private ConversationStore node(int index) {
        return nodes.get(index % nodes.size()).conversations();
    }

    @Test
    void eightThreadsRetryingOneClientMessageIdStoreOneMessage() throws Exception {
        String id = newConversation();
        CyclicBarrier start = new CyclicBarrier(THREADS);

        List<Message> results = runAll(THREADS, thread -> {
            start.await();
            return node(thread).append(id, NewMessage.fromCustomer("where is my order", "client-1"));
        });

        assertEquals(1, results.stream().distinct().count(), "every caller gets the one stored message");
        assertEquals(results.subList(0, 1), node(0).messages(id));
    }

    @Test
    void exactlyOneOfTwoRacingAgentsClaimsAConversation() throws Exception {
        for (int round = 0; round < 20; round++) {
            String id = escalatedConversation();
            CyclicBarrier start = new CyclicBarrier(2);
            List<String> agents = List.of("ann", "bob");

            List<Boolean> won = runAll(2, agent -> {
                start.await();
                return node(agent).transition(id, Set.of(ConversationStatus.WAITING_FOR_AGENT),
                        ConversationStatus.WITH_AGENT, agents.get(agent));
            });

            assertEquals(1, won.stream().filter(Boolean::booleanValue).count(), "one winner in round " + round);
            String winner = agents.get(won.indexOf(true));
            assertEquals(winner, node(0).find(id).orElseThrow().assignee());
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
                    mine.add(node(thread).append(id, NewMessage.of(Role.CUSTOMER, "t" + thread + " r" + round)));
                }
            }
            return mine;
        });

        Map<String, List<Message>> storedById = ids.stream().collect(Collectors.toMap(id -> id, node(0)::messages));
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
                List<Long> seqs = node(1).messages(id).stream().map(Message::seq).toList();
                assertEquals(LongStream.rangeClosed(1, seqs.size()).boxed().toList(), seqs);
                reads++;
            }
            return reads;
        });

        runAll(4, thread -> {
            for (int i = 0; i < 40; i++) {
                node(thread).append(id, NewMessage.of(Role.BOT, "t" + thread + " " + i));
            }
            return null;
        });
        writing.set(false);

        assertTrue(reader.get() > 0, "the reader ran while writers appended");
        assertEquals(160, node(0).messages(id).size());
    }

    @Test
    void aWebhookDeliveryRetriedToBothNodesAtOnceIsTakenOnce() throws Exception {
        for (int round = 0; round < 10; round++) {
            String deliveryId = "update-" + round;
            CyclicBarrier start = new CyclicBarrier(THREADS);

            List<Boolean> first = runAll(THREADS, thread -> {
                start.await();
                return nodes.get(thread % nodes.size()).deliveries().firstDelivery("telegram", deliveryId, "{}");
            });

            assertEquals(1, first.stream().filter(Boolean::booleanValue).count(), "one first delivery in round " + round);
        }
    }

    @Test
    void aNewVerifiedCustomerStartingConversationsOnBothNodesAtOnceIsOneCustomer() throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);

        List<Conversation> started = runAll(THREADS, thread -> {
            start.await();
            return node(thread).create(new NewConversation("telegram", "4711", new Customer("4711", "Ana", null), "en", null));
        });

        assertEquals(1, started.stream().map(Conversation::customerId).distinct().count());
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
        return node(0).create(new NewConversation("web", null, null, "en", "hash")).id();
    }

    private String escalatedConversation() {
        String id = newConversation();
        node(0).completeTurn(id, null, null, new TurnOutcome(List.of(), "{}", ConversationStatus.WAITING_FOR_AGENT,
                new Escalation(id, EscalationReason.REQUESTED, "button", "asked for a person", List.of(), START)));
        return id;
    }
}
