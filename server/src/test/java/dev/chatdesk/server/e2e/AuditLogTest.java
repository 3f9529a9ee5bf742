package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.server.testing.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit log records every family of agent and admin action, with who, what, which target,
 * when and from where, and admins can read it but nobody can change it through the API.
 */
class AuditLogTest {
    private static TestServer server;
    private static ApiClient api;
    private static String admin;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of(
                "CHATDESK_LIMITS_REQUESTS_PER_MINUTE_PER_CLIENT", "100000",
                "CHATDESK_LIMITS_LOGIN_ATTEMPTS_PER_MINUTE", "1000"));
        api = server.client();
        admin = api.login("admin", TestServer.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void loginsFailedLoginsPasswordChangesAndLogoutsAreRecorded() throws Exception {
        createAgent("lena");
        assertEquals(401, api.post("/api/v1/auth/login", null, ApiClient.object()
                .put("username", "lena").put("password", "not-her-password")).status());
        String lena = api.login("lena", "a-long-password");
        assertEquals(204, api.post("/api/v1/auth/password", lena, ApiClient.object()
                .put("currentPassword", "a-long-password").put("newPassword", "another-long-passphrase")).status());
        assertEquals(204, api.post("/api/v1/auth/logout", lena, ApiClient.object()).status());

        List<JsonNode> entries = awaitActions("lena", List.of("logout", "password_changed", "login", "login_failed"));
        JsonNode failed = entries.get(3);
        assertEquals("agent", failed.at("/targetType").asText());
        assertEquals("lena", failed.at("/targetId").asText());
        assertEquals("127.0.0.1", failed.at("/sourceAddress").asText());
        Instant failedAt = Instant.parse(failed.at("/at").asText());
        assertFalse(Instant.parse(entries.getFirst().at("/at").asText()).isBefore(failedAt), "newest first");
    }

    @Test
    void everyStepOfWorkingAConversationIsRecordedAgainstTheConversation() throws Exception {
        createAgent("omar");
        createAgent("pia");
        String omar = api.login("omar", "a-long-password");
        CustomerChat chat = CustomerChat.start(api, "Quinn", "quinn@example.com");
        chat.askForAPerson();
        String c = "/api/v1/agent/conversations/" + chat.id();

        assertEquals(200, api.post(c + "/claim", omar, ApiClient.object()).status());
        assertEquals(200, api.get(c, omar).status());
        assertEquals(200, api.get(c, omar).status(), "a view again soon after (the console reloads at each event)");
        assertEquals(200, api.post(c + "/messages", omar, ApiClient.object().put("text", "Hi Quinn, I'm on it")).status());
        assertEquals(201, api.post(c + "/notes", omar, ApiClient.object().put("text", "checked the order")).status());
        assertEquals(200, api.post(c + "/transfer", omar, ApiClient.object().put("to", "pia")).status());
        String pia = api.login("pia", "a-long-password");
        assertEquals(200, api.post(c + "/release", pia, ApiClient.object()).status());
        chat.askForAPerson();
        assertEquals(200, api.post(c + "/claim", pia, ApiClient.object()).status());
        assertEquals(200, api.post(c + "/resolve", pia, ApiClient.object()).status());

        List<JsonNode> omars = awaitActions("omar", List.of("conversation_transferred", "note_added", "agent_replied",
                "conversation_viewed", "conversation_claimed", "login"));
        omars.subList(0, 5).forEach(e -> {
            assertEquals("conversation", e.at("/targetType").asText());
            assertEquals(chat.id(), e.at("/targetId").asText());
        });
        assertEquals("to pia", omars.getFirst().at("/detail").asText());
        awaitActions("pia", List.of("conversation_resolved", "conversation_claimed", "conversation_released", "login"));
        String everything = api.get("/api/v1/admin/audit?limit=500", admin).text();
        assertFalse(everything.contains("I'm on it") || everything.contains("checked the order") || everything.contains("quinn@"),
                "the audit log holds no message text or customer data");
    }

    @Test
    void accountAndKnowledgeBaseChangesAreRecordedAgainstTheirTargets() throws Exception {
        createAgent("rosa");
        assertEquals(200, api.post("/api/v1/admin/agents/rosa/disable", admin, ApiClient.object()).status());
        assertEquals(200, api.post("/api/v1/admin/agents/rosa/enable", admin, ApiClient.object()).status());
        assertEquals(200, api.put("/api/v1/admin/kb/articles/audit-test-article", admin, ApiClient.object()
                .put("title", "Gift wrapping").put("body", "We wrap gifts for free.")).status());
        assertEquals(204, api.delete("/api/v1/admin/kb/articles/audit-test-article", admin).status());

        List<JsonNode> recent = awaitActions("admin",
                List.of("article_deleted", "article_saved", "agent_enabled", "agent_disabled", "agent_created"));
        assertEquals(List.of("article:audit-test-article", "article:audit-test-article", "agent:rosa", "agent:rosa",
                "agent:rosa"), recent.stream().map(e -> e.at("/targetType").asText() + ":" + e.at("/targetId").asText()).toList());
    }

    @Test
    void adminsReadItAPageAtATimeAndNoCallChangesIt() throws Exception {
        createAgent("sven");
        String sven = api.login("sven", "a-long-password");
        assertEquals(403, api.get("/api/v1/admin/audit", sven).status());

        ApiClient.Response first = api.get("/api/v1/admin/audit?limit=2", admin);
        assertEquals(200, first.status(), first.text());
        assertEquals(2, first.at("/entries").size());
        long next = first.at("/nextBefore").asLong();
        ApiClient.Response second = api.get("/api/v1/admin/audit?limit=2&before=" + next, admin);
        assertTrue(second.at("/entries/0/id").asLong() < next);
        assertEquals(400, api.get("/api/v1/admin/audit?from=yesterday", admin).status());
        awaitReadsRecorded();

        long before = entriesCount();
        for (ApiClient.Response attempt : List.of(
                api.delete("/api/v1/admin/audit", admin),
                api.put("/api/v1/admin/audit", admin, ApiClient.object().set("entries", ApiClient.JSON.createArrayNode())),
                api.post("/api/v1/admin/audit", admin, ApiClient.object()),
                api.delete("/api/v1/admin/audit/1", admin))) {
            assertTrue(attempt.status() == 404 || attempt.status() == 405, attempt.status() + " " + attempt.text());
        }
        assertTrue(entriesCount() >= before, "nothing was removed");
    }

    private static void createAgent(String name) throws Exception {
        assertEquals(201, api.post("/api/v1/admin/agents", admin, ApiClient.object()
                .put("username", name).put("password", "a-long-password").put("role", "agent")).status());
    }

    /**
     * The actor's newest entries (reads of the log left out, as the polling itself makes them), once
     * they are the expected actions: entries are recorded just after the call is answered. Fails
     * showing the actions found when they never are.
     */
    private static List<JsonNode> awaitActions(String actor, List<String> expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            ApiClient.Response page = api.get("/api/v1/admin/audit?limit=500&actor=" + actor, admin);
            assertEquals(200, page.status(), page.text());
            List<JsonNode> entries = new ArrayList<>();
            page.at("/entries").forEach(e -> {
                if (!e.at("/action").asText().equals("audit_log_read") && entries.size() < expected.size()) {
                    entries.add(e);
                }
            });
            if (actions(entries).equals(expected) || System.nanoTime() > deadline) {
                assertEquals(expected, actions(entries));
                return entries;
            }
            Thread.sleep(50);
        }
    }

    /** Waits until a read of the log is itself in the log. */
    private static void awaitReadsRecorded() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!api.get("/api/v1/admin/audit?limit=500&actor=admin", admin).text().contains("audit_log_read")) {
            assertTrue(System.nanoTime() < deadline, "reading the log was never recorded");
            Thread.sleep(50);
        }
    }

    private static long entriesCount() throws Exception {
        return api.get("/api/v1/admin/audit?limit=500", admin).at("/entries").size();
    }

    private static List<String> actions(List<JsonNode> entries) {
        return entries.stream().map(e -> e.at("/action").asText()).toList();
    }
}
