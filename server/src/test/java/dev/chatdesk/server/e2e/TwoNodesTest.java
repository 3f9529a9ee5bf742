package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.server.testing.ApiClient;
import dev.chatdesk.server.testing.FakePlatform;
import dev.chatdesk.server.testing.FreePorts;
import dev.chatdesk.storage.postgres.TestPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two server processes on one PostgreSQL database, joined in one Vert.x cluster, act as one behind
 * a load balancer: a customer talking to one node hears the agent who answers through the other;
 * two agents racing for one conversation on two nodes get it once; a platform's delivery posted to
 * both is processed once; an article an admin writes through one is found through the other; and
 * when one node is killed outright, its customers go on through the other with nothing lost or
 * doubled. The kill comes last: the tests before it need both nodes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {
    private static final String WEBHOOK_SECRET = "two-nodes-webhook-secret";
    private static final String AGENT_PASSWORD = "a-long-password";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static TestPostgres.Schema database;
    private static FakePlatform platform;
    private static ServerProcess first;
    private static ServerProcess second;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        database = TestPostgres.freshSchema();
        platform = FakePlatform.start(new FakePlatform.Answer(200, Map.of(), ""));
        int firstPort = FreePorts.next();
        int secondPort = FreePorts.next();
        String members = "127.0.0.1:" + firstPort + ",127.0.0.1:" + secondPort;
        first = ServerProcess.start(node(firstPort, members));
        second = ServerProcess.start(node(secondPort, members));
        // Two members that found each other late form a cluster each, then merge: wait for one cluster.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (members(first) < 2 || members(second) < 2) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the two nodes did not join one cluster within 60 s");
            }
            Thread.sleep(100);
        }
        ApiClient api = second.client();
        String admin = api.login("admin", TestServer.ADMIN_PASSWORD);
        for (String name : List.of("sam", "grace")) {
            assertEquals(201, api.post("/api/v1/admin/agents", admin, ApiClient.object()
                    .put("username", name).put("password", AGENT_PASSWORD).put("role", "agent")).status());
        }
    }

    private static int members(ServerProcess node) throws Exception {
        return node.client().get("/health/ready", null).at("/cluster/members").size();
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closing : new AutoCloseable[] {second, first, platform, database}) {
            if (closing != null) {
                closing.close();
            }
        }
    }

    private static Map<String, String> node(int clusterPort, String members) {
        Map<String, String> env = new HashMap<>();
        env.put("CHATDESK_STORE_TYPE", "postgres");
        env.put("CHATDESK_STORE_URL", database.settings().url());
        env.put("CHATDESK_STORE_USER", database.settings().user());
        env.put("CHATDESK_STORE_PASSWORD", database.settings().password());
        env.put("CHATDESK_CLUSTER_ENABLED", "true");
        env.put("CHATDESK_CLUSTER_HOST", "127.0.0.1");
        env.put("CHATDESK_CLUSTER_PORT", String.valueOf(clusterPort));
        env.put("CHATDESK_CLUSTER_MEMBERS", members);
        env.put("CHATDESK_CONNECTORS_GENERIC_SECRET", WEBHOOK_SECRET);
        env.put("CHATDESK_CONNECTORS_GENERIC_CALLBACK_URL", platform.baseUrl() + "/replies");
        env.put("CHATDESK_LIMITS_LOGIN_ATTEMPTS_PER_MINUTE", "1000");
        return env;
    }

    @Test
    @Order(1)
    void eachNodeIsReadyAndSeesBothMembers() throws Exception {
        for (ServerProcess node : new ServerProcess[] {first, second}) {
            ApiClient.Response ready = node.client().get("/health/ready", null);
            assertEquals(200, ready.status(), ready.text());
            assertEquals("postgres", ready.at("/store/type").asText());
            assertEquals("up", ready.at("/cluster/status").asText());
            assertEquals(2, ready.at("/cluster/members").size(), ready.text());
        }
    }

    @Test
    @Order(2)
    void aCustomerOnOneNodeHearsTheAgentWhoAnswersThroughTheOther() throws Exception {
        ApiClient agentSide = second.client();
        CustomerChat chat = CustomerChat.start(first.client(), "Ines", "ines@example.org");
        ApiClient.Response handoff = chat.askForAPerson();
        assertEquals("waiting_for_agent", handoff.at("/status").asText(), handoff.text());
        String agent = agentSide.login("admin", TestServer.ADMIN_PASSWORD);
        assertEquals("requested", AgentQueue.entry(agentSide, agent, chat.id()).at("/reason").asText());

        try (CustomerSocketClient socket = new CustomerSocketClient(chat.socketUrl(first.port()))) {
            assertEquals(200, claim(agentSide, agent, chat.id()));
            JsonNode status = socket.awaitFrame(f -> f.at("/type").asText().equals("status"), WAIT);
            assertEquals("with_agent", status.at("/status").asText());

            agentSide.post("/api/v1/agent/conversations/" + chat.id() + "/messages", agent,
                    ApiClient.object().put("text", "Hi Ines, Sam here from the other node."));
            JsonNode pushed = socket.awaitFrame(f -> f.at("/message/role").asText().equals("agent"), WAIT);
            assertEquals("Hi Ines, Sam here from the other node.", pushed.at("/message/text").asText());
        }
        assertTrue(chat.history().text().contains("Sam here from the other node"), chat.history().text());
    }

    @Test
    @Order(3)
    void twoAgentsOnTwoNodesClaimingOneConversationAtOnceGetItOnce() throws Exception {
        String sam = first.client().login("sam", AGENT_PASSWORD);
        String grace = second.client().login("grace", AGENT_PASSWORD);
        for (int round = 0; round < 5; round++) {
            CustomerChat chat = CustomerChat.start(first.client(), "Customer " + round, "c" + round + "@example.org");
            chat.askForAPerson();

            List<Integer> statuses = atOnce(
                    () -> claim(first.client(), sam, chat.id()),
                    () -> claim(second.client(), grace, chat.id()));
            assertEquals(Set.of(200, 409), new HashSet<>(statuses), "round " + round + ": " + statuses);
            String owner = statuses.get(0) == 200 ? "sam" : "grace";
            ApiClient.Response conversation = second.client().get("/api/v1/agent/conversations/" + chat.id(),
                    owner.equals("sam") ? sam : grace);
            assertEquals("with_agent", conversation.at("/status").asText(), conversation.text());
            assertEquals(owner, conversation.at("/assignee").asText(), conversation.text());
        }
    }

    @Test
    @Order(4)
    void aWebhookDeliveryPostedToBothNodesAtOnceIsProcessedOnce() throws Exception {
        String user = "two-nodes-user";
        byte[] delivery = webhookMessage("delivery-1", user, "what payment methods do you accept?");

        List<Integer> acks = atOnce(() -> deliver(first, delivery), () -> deliver(second, delivery));
        assertEquals(List.of(200, 200), acks);
        List<FakePlatform.ApiCall> replies = platform.awaitCalls(call -> isReplyTo(call, user), 2, WAIT);
        assertTrue(replies.get(1).json().at("/text").asText().toLowerCase().contains("paypal"), replies.get(1).body());

        // A later message's answer comes after anything the first delivery could have caused.
        assertEquals(200, deliver(second, webhookMessage("delivery-2", user, "how much is shipping?")));
        platform.awaitCalls(call -> isReplyTo(call, user), 3, WAIT);
        Thread.sleep(1_000);
        assertEquals(3, platform.calls(call -> isReplyTo(call, user)).size(),
                "the greeting, the payment answer and the shipping answer, each once");
    }

    @Test
    @Order(5)
    void anArticleAnAdminWritesThroughOneNodeIsFoundThroughTheOther() throws Exception {
        String admin = first.client().login("admin", TestServer.ADMIN_PASSWORD);
        ApiClient.Response put = first.client().put("/api/v1/admin/kb/articles/gift-wrapping", admin, ApiClient.object()
                .put("title", "Gift wrapping")
                .put("body", "We gift-wrap any order for 3.50 EUR: tick 'gift wrap' at checkout and add a card message."));
        assertEquals(200, put.status(), put.text());

        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode found = second.client().get("/api/v1/kb/search?q=can+you+gift+wrap+my+order", null).json();
        while (!found.at("/hits/0/id").asText().equals("gift-wrapping") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            found = second.client().get("/api/v1/kb/search?q=can+you+gift+wrap+my+order", null).json();
        }
        assertEquals("gift-wrapping", found.at("/hits/0/id").asText(), found.toString());
    }

    @Test
    @Order(6)
    void whenTheCustomersNodeIsKilledTheConversationGoesOnThroughTheOtherWithNothingLostOrDoubled() throws Exception {
        CustomerChat onFirst = CustomerChat.start(first.client(), "Noor", "noor@example.org");
        onFirst.say("where is my order NW-482913?");
        onFirst.askForAPerson();
        ApiClient agentSide = second.client();
        String agent = agentSide.login("sam", AGENT_PASSWORD);
        assertEquals(200, claim(agentSide, agent, onFirst.id()));
        JsonNode firstCopy;
        try (CustomerSocketClient socket = new CustomerSocketClient(onFirst.socketUrl(first.port()))) {
            agentReply(agentSide, agent, onFirst.id(), "Hi Noor, I'm looking at NW-482913 now.");
            assertEquals("Hi Noor, I'm looking at NW-482913 now.",
                    socket.awaitFrame(f -> f.at("/message/role").asText().equals("agent"), WAIT).at("/message/text").asText());
            firstCopy = onFirst.say("It was meant to arrive on Monday.", "noor-1").json();
        }

        first.kill();

        CustomerChat onSecond = new CustomerChat(second.client(), onFirst.id(), onFirst.token());
        // The widget did not hear the answer before the node died, so it sends the same message again.
        JsonNode retried = onSecond.say("It was meant to arrive on Monday.", "noor-1").json();
        assertEquals(firstCopy.at("/message/id").asText(), retried.at("/message/id").asText(), "the retry is the same message");
        onSecond.say("Can you ask the courier?", "noor-2");
        agentReply(agentSide, agent, onFirst.id(), "I've asked them; it's out for delivery today.");
        assertEquals(200, agentSide.post("/api/v1/agent/conversations/" + onFirst.id() + "/release", agent, ApiClient.object()).status());
        ApiClient.Response afterRelease = onSecond.say("thanks! and what payment methods do you accept?");
        assertTrue(CustomerChat.replyText(afterRelease).toLowerCase().contains("paypal"), afterRelease.text());

        JsonNode messages = onSecond.history().at("/messages");
        List<String> said = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            assertEquals(messages.get(0).at("/seq").asLong() + i, message.at("/seq").asLong(), "consecutive seq: " + messages);
            assertTrue(ids.add(message.at("/id").asText()), "each message once: " + messages);
            if (!message.at("/role").asText().equals("bot") && !message.at("/role").asText().equals("system")) {
                said.add(message.at("/role").asText() + ": " + message.at("/text").asText());
            }
        }
        assertEquals(List.of(
                "customer: where is my order NW-482913?",
                "agent: Hi Noor, I'm looking at NW-482913 now.",
                "customer: It was meant to arrive on Monday.",
                "customer: Can you ask the courier?",
                "agent: I've asked them; it's out for delivery today.",
                "customer: thanks! and what payment methods do you accept?"), said);
        assertEquals("bot", messages.get(messages.size() - 1).at("/role").asText(), "the bot answers after the release");
        awaitAlone(second);
    }

    private static void awaitAlone(ServerProcess node) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (members(node) != 1) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the cluster still counts the killed node: " + node.client().get("/health/ready", null).text());
            }
            Thread.sleep(200);
        }
        assertEquals(200, node.client().get("/health/ready", null).status(), "a node left alone is still ready");
    }

    private static void agentReply(ApiClient api, String agent, String conversationId, String text) throws Exception {
        ApiClient.Response sent = api.post("/api/v1/agent/conversations/" + conversationId + "/messages", agent,
                ApiClient.object().put("text", text));
        assertEquals(200, sent.status(), sent.text());
    }

    private static int claim(ApiClient api, String agent, String conversationId) throws Exception {
        return api.post("/api/v1/agent/conversations/" + conversationId + "/claim", agent, ApiClient.object()).status();
    }

    /** Runs both calls at the same moment, one a thread, and returns their results in order. */
    @SafeVarargs
    private static List<Integer> atOnce(Callable<Integer>... calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        try (ExecutorService threads = Executors.newFixedThreadPool(calls.length)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                results.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        }
    }

    private static byte[] webhookMessage(String deliveryId, String user, String text) throws Exception {
        ObjectNode message = ApiClient.object().put("deliveryId", deliveryId).put("userId", user).put("text", text);
        return ApiClient.JSON.writeValueAsBytes(message);
    }

    private static int deliver(ServerProcess node, byte[] body) throws Exception {
        return node.client().postWithHeaders("/webhooks/generic",
                Map.of("X-Chatdesk-Signature", GenericWebhookSignature.of(WEBHOOK_SECRET, body)), "application/json", body).status();
    }

    private static boolean isReplyTo(FakePlatform.ApiCall call, String user) {
        return call.to("/replies") && call.json().at("/userId").asText().equals(user);
    }
}
