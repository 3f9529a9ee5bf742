package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.server.testing.ApiClient;
import dev.chatdesk.server.testing.FreePorts;
import dev.chatdesk.storage.postgres.TestPostgres;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one PostgreSQL database, joined in one Vert.x cluster, act as one behind a load
 * balancer: a customer talking to one node hears the agent who answers through the other, and
 * both nodes see the same queue and the whole cluster.
 */
class TwoNodesTest {
    private static TestPostgres.Schema database;
    private static TestServer first;
    private static TestServer second;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        database = TestPostgres.freshSchema();
        int firstPort = FreePorts.next();
        int secondPort = FreePorts.next();
        String members = "127.0.0.1:" + firstPort + ",127.0.0.1:" + secondPort;
        first = TestServer.start(node(firstPort, members));
        second = TestServer.start(node(secondPort, members));
        // Two members that found each other late form a cluster each, then merge: wait for one cluster.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (members(first) < 2 || members(second) < 2) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the two nodes did not join one cluster within 60 s");
            }
            Thread.sleep(100);
        }
    }

    private static int members(TestServer node) throws Exception {
        return node.client().get("/health/ready", null).at("/cluster/members").size();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closing : new AutoCloseable[] {second, first, database}) {
            try {
                if (closing != null) {
                    closing.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
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
        return env;
    }

    @Test
    void aCustomerOnOneNodeHearsTheAgentWhoAnswersThroughTheOther() throws Exception {
        ApiClient customerSide = first.client();
        ApiClient agentSide = second.client();
        CustomerChat chat = CustomerChat.start(customerSide, "Ines", "ines@example.org");
        ApiClient.Response handoff = chat.askForAPerson();
        assertEquals("waiting_for_agent", handoff.at("/status").asText(), handoff.text());
        String agent = agentSide.login("admin", TestServer.ADMIN_PASSWORD);
        assertEquals("requested", AgentQueue.entry(agentSide, agent, chat.id()).at("/reason").asText());

        try (CustomerSocketClient socket = new CustomerSocketClient(chat.socketUrl(first.port()))) {
            assertEquals(200, agentSide.post("/api/v1/agent/conversations/" + chat.id() + "/claim", agent,
                    ApiClient.object()).status());
            JsonNode status = socket.awaitFrame(f -> f.at("/type").asText().equals("status"), Duration.ofSeconds(10));
            assertEquals("with_agent", status.at("/status").asText());

            agentSide.post("/api/v1/agent/conversations/" + chat.id() + "/messages", agent,
                    ApiClient.object().put("text", "Hi Ines, Sam here from the other node."));
            JsonNode pushed = socket.awaitFrame(f -> f.at("/message/role").asText().equals("agent"), Duration.ofSeconds(10));
            assertEquals("Hi Ines, Sam here from the other node.", pushed.at("/message/text").asText());
        }
        ApiClient.Response history = customerSide.get("/api/v1/conversations/" + chat.id(), chat.token());
        assertTrue(history.text().contains("Sam here from the other node"), history.text());
    }

    @Test
    void eachNodeIsReadyAndSeesBothMembers() throws Exception {
        for (TestServer node : new TestServer[] {first, second}) {
            ApiClient.Response ready = node.client().get("/health/ready", null);
            assertEquals(200, ready.status(), ready.text());
            assertEquals("postgres", ready.at("/store/type").asText());
            assertEquals("up", ready.at("/cluster/status").asText());
            assertEquals(2, ready.at("/cluster/members").size(), ready.text());
        }
    }
}
