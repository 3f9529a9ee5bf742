package dev.chatdesk.server.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.server.testing.ApiClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Durability across a crash: while concurrent customers talk to the real server, its process is
 * killed with SIGKILL and restarted on the same data directory. Whatever the server acknowledged
 * before it died must still be there afterwards: every customer message, in order and once, and
 * every escalation in the agents' queue.
 */
class ServerCrashTest {
    private static final String ADMIN_PASSWORD = "crash-test-staff-password";
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "CHATDESK_ADMIN_PASSWORD", ADMIN_PASSWORD,
            "CHATDESK_SERVER_HOST", "127.0.0.1",
            // The load comes from one address and a few conversations, far faster than a person types.
            "CHATDESK_LIMITS_MESSAGES_PER_MINUTE_PER_CONVERSATION", "100000",
            "CHATDESK_LIMITS_REQUESTS_PER_MINUTE_PER_CLIENT", "100000");
    /** The first start of a build trains the demo bot's model. */
    private static final Duration FIRST_START = Duration.ofMinutes(15);
    private static final Duration RESTART = Duration.ofMinutes(3);
    private static final int CUSTOMERS = 8;
    private static final Duration LOAD_AT_LEAST = Duration.ofSeconds(6);
    private static final Duration LOAD_AT_MOST = Duration.ofMinutes(2);
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;
    private static final int ESCALATED_BEFORE_KILL = 2;

    private static Path dataDir;
    private static ServerProcess crashed;
    private static ServerProcess restarted;
    private static ApiClient api;
    private static List<CustomerSession> sessions;
    /** Each conversation's messages as the restarted server has them, read before any test sends more. */
    private static final Map<String, List<StoredMessage>> HISTORIES = new HashMap<>();
    private static volatile boolean failed;

    /** A message as the restarted server returns it. */
    private record StoredMessage(String id, long seq, String role) {}

    @RegisterExtension
    static final TestWatcher PRINT_SERVER_OUTPUT_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failed = true;
            printServerOutput();
        }
    };

    @BeforeAll
    static void crashTheServerUnderLoadAndRestartIt() throws Exception {
        try {
            dataDir = Files.createTempDirectory("chatdesk-crash");
            crashed = ServerProcess.start(dataDir, ENVIRONMENT, FIRST_START);
            CustomerLoad load = CustomerLoad.start(new ApiClient(crashed.port()), CUSTOMERS);
            load.awaitProgress(LOAD_AT_LEAST, ACKNOWLEDGED_BEFORE_KILL, ESCALATED_BEFORE_KILL, LOAD_AT_MOST);
            crashed.kill();
            load.stop();
            sessions = load.sessions();
            System.out.println("Killed the server after " + load.acknowledgedMessages() + " acknowledged messages and "
                    + load.escalations() + " escalations:\n  " + String.join("\n  ", sessions.stream().map(Object::toString).toList()));
            assertTrue(load.acknowledgedMessages() >= ACKNOWLEDGED_BEFORE_KILL && load.escalations() >= ESCALATED_BEFORE_KILL,
                    "the load was too thin to show anything: " + load.acknowledgedMessages() + " messages and "
                            + load.escalations() + " escalations acknowledged before the kill");

            restarted = ServerProcess.start(dataDir, ENVIRONMENT, RESTART);
            api = new ApiClient(restarted.port());
            for (CustomerSession session : sessions) {
                HISTORIES.put(session.conversationId(), history(session));
            }
        } catch (Exception | Error e) {
            failed = true;
            printServerOutput();
            throw e;
        }
    }

    @AfterAll
    static void stopServers() throws IOException {
        for (ServerProcess server : new ServerProcess[] {crashed, restarted}) {
            if (server != null) {
                server.close();
            }
        }
        if (failed) {
            System.out.println("The crashed server's data is kept for diagnosis in " + dataDir);
        } else if (dataDir != null) {
            deleteDataDir();
        }
    }

    @Test
    void everyAcknowledgedMessageIsStillThereInTheOrderItWasAcknowledged() {
        for (CustomerSession session : sessions) {
            Map<String, StoredMessage> stored = new HashMap<>();
            HISTORIES.get(session.conversationId()).forEach(m -> stored.put(m.id(), m));
            long previousSeq = 0;
            for (CustomerSession.Acknowledged acknowledged : session.acknowledgedMessages()) {
                StoredMessage message = stored.get(acknowledged.messageId());
                String where = session.conversationId() + " message " + acknowledged;
                assertTrue(message != null, "lost after the crash: " + where);
                assertEquals("customer", message.role(), where);
                assertEquals(acknowledged.seq(), message.seq(), "moved after the crash: " + where);
                assertTrue(message.seq() > previousSeq, "out of the acknowledged order: " + where);
                previousSeq = message.seq();
            }
        }
    }

    @Test
    void eachCustomerMessageIsStoredOnceWithNothingButTheOneInFlightAtTheKillAdded() {
        for (CustomerSession session : sessions) {
            List<String> acknowledged = session.acknowledgedMessages().stream().map(CustomerSession.Acknowledged::messageId).toList();
            List<String> stored = HISTORIES.get(session.conversationId()).stream()
                    .filter(m -> m.role().equals("customer")).map(StoredMessage::id).toList();
            for (int i = 0; i < acknowledged.size(); i++) {
                String found = i < stored.size() ? stored.get(i) : "missing";
                assertEquals(acknowledged.get(i), found, session.conversationId() + ": customer message " + (i + 1)
                        + " of " + acknowledged.size() + " acknowledged (" + stored.size() + " stored)");
            }
            // Each customer sends one message at a time, so at most the one unanswered at the kill may have been stored too.
            assertTrue(stored.size() <= acknowledged.size() + 1, session.conversationId() + ": "
                    + (stored.size() - acknowledged.size()) + " customer messages stored beyond the acknowledged ones");
        }
    }

    @Test
    void noMessageIdAppearsTwice() {
        for (CustomerSession session : sessions) {
            Set<String> ids = new HashSet<>();
            for (StoredMessage message : HISTORIES.get(session.conversationId())) {
                assertTrue(ids.add(message.id()), session.conversationId() + ": message " + message.id() + " appears twice");
            }
        }
    }

    @Test
    void sequenceNumbersRunFromOneWithoutGapsOrRepeats() {
        for (CustomerSession session : sessions) {
            List<Long> seqs = HISTORIES.get(session.conversationId()).stream().map(StoredMessage::seq).toList();
            List<Long> expected = Stream.iterate(1L, n -> n + 1).limit(seqs.size()).toList();
            assertEquals(expected, seqs, session.conversationId() + ": sequence numbers");
        }
    }

    @Test
    void aRetryUnderLoadWasAnsweredWithTheFirstMessage() {
        int retries = 0;
        for (CustomerSession session : sessions) {
            Map<String, String> firstIds = new HashMap<>();
            for (CustomerSession.Acknowledged answer : session.acknowledgements()) {
                String first = firstIds.putIfAbsent(answer.clientMessageId(), answer.messageId());
                if (first != null) {
                    retries++;
                    assertEquals(first, answer.messageId(), session.conversationId() + ": a retry of " + answer.clientMessageId());
                }
            }
        }
        assertTrue(retries > 0, "no retry was acknowledged before the kill");
    }

    @Test
    void everyConversationAcknowledgedAsEscalatedIsStillInTheAgentsQueue() throws Exception {
        String admin = api.login("admin", ADMIN_PASSWORD);
        ApiClient.Response queue = api.get("/api/v1/agent/queue", admin);
        assertEquals(200, queue.status(), queue.text());
        Set<String> queued = new HashSet<>();
        queue.json().forEach(entry -> queued.add(entry.at("/conversationId").asText()));
        for (CustomerSession session : sessions) {
            if (session.wasAcknowledgedAsEscalated()) {
                assertTrue(queued.contains(session.conversationId()),
                        "escalated " + session.conversationId() + " is not in the queue after the crash: " + queue.text());
            }
        }
    }

    @Test
    void aClientMessageIdResentAfterTheRestartReturnsTheFirstMessageAndStoresNothing() throws Exception {
        CustomerSession session = sessions.stream().filter(s -> !s.acknowledgedMessages().isEmpty()).findFirst().orElseThrow();
        CustomerSession.Acknowledged first = session.acknowledgedMessages().getFirst();
        int before = history(session).size();

        ApiClient.Response again = api.post("/api/v1/conversations/" + session.conversationId() + "/messages", session.token(),
                ApiClient.object().put("text", "a retry after the restart").put("clientMessageId", first.clientMessageId()));

        assertEquals(200, again.status(), again.text());
        assertEquals(first.messageId(), again.at("/message/id").asText(), again.text());
        assertEquals(before, history(session).size(), "the retry stored a message");
    }

    private static List<StoredMessage> history(CustomerSession session) throws IOException, InterruptedException {
        ApiClient.Response reply = api.get("/api/v1/conversations/" + session.conversationId(), session.token());
        assertEquals(200, reply.status(), reply.text());
        List<StoredMessage> messages = new ArrayList<>();
        for (JsonNode m : reply.at("/messages")) {
            messages.add(new StoredMessage(m.at("/id").asText(), m.at("/seq").asLong(), m.at("/role").asText()));
        }
        return messages;
    }

    private static void printServerOutput() {
        if (crashed != null) {
            System.out.println("=== output of the server that was killed ===\n" + crashed.output());
        }
        if (restarted != null) {
            System.out.println("=== output of the restarted server ===\n" + restarted.output());
        }
    }

    /** Deletes the data directory; the models symlink goes, the shared models it points to stay. */
    private static void deleteDataDir() throws IOException {
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
