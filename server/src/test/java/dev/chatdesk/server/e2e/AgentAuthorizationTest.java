package dev.chatdesk.server.e2e;

import static dev.chatdesk.server.testing.ApiAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.connectors.http.Tokens;
import dev.chatdesk.connectors.web.CustomerIdentity;
import dev.chatdesk.core.conversation.AgentRole;
import dev.chatdesk.core.conversation.AgentSession;
import dev.chatdesk.server.testing.ApiClient;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import dev.chatdesk.storage.sqlite.SqliteStorage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may do what on the agent side: every agent and admin call checks the token and the role,
 * agents only reach conversations that wait in the queue or that they have, and a conversation
 * has one owner at a time.
 */
class AgentAuthorizationTest {
    private static final String EXPIRED_TOKEN = "an-expired-session-token";
    private static final String IDENTITY_SECRET = "the-shops-identity-secret";

    private static TestServer server;
    private static ApiClient api;
    private static String admin;
    private static String grace;
    private static String sam;

    /** One agent or admin call. */
    private record Call(String method, String path, JsonNode body) {
        ApiClient.Response send(String token) throws Exception {
            return switch (method) {
                case "GET" -> api.get(path, token);
                case "POST" -> api.post(path, token, body);
                case "PUT" -> api.put(path, token, body);
                case "DELETE" -> api.delete(path, token);
                default -> throw new IllegalArgumentException(method);
            };
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void startServerWithTwoAgents() throws Exception {
        server = TestServer.start(Map.of(
                "CHATDESK_AUTH_CUSTOMER_IDENTITY_SECRET", IDENTITY_SECRET,
                "CHATDESK_LIMITS_REQUESTS_PER_MINUTE_PER_CLIENT", "100000",
                "CHATDESK_LIMITS_LOGIN_ATTEMPTS_PER_MINUTE", "1000"));
        api = server.client();
        admin = api.login("admin", TestServer.ADMIN_PASSWORD);
        for (String name : List.of("grace", "sam")) {
            assertEquals(201, api.post("/api/v1/admin/agents", admin, ApiClient.object()
                    .put("username", name).put("password", "a-long-password").put("role", "agent")).status());
        }
        grace = api.login("grace", "a-long-password");
        sam = api.login("sam", "a-long-password");
        // A session that ended a minute ago, written where the server keeps sessions.
        try (JdbcStorage storage = SqliteStorage.open(server.dataDir().resolve("chatdesk.db"), Clock.systemUTC())) {
            storage.agents().saveSession(new AgentSession(Tokens.hash(EXPIRED_TOKEN), "sam", AgentRole.AGENT, Instant.now().minusSeconds(60)));
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static List<Call> agentCalls(String conversationId) {
        String c = "/api/v1/agent/conversations/" + conversationId;
        return List.of(
                new Call("GET", "/api/v1/agent/me", null),
                new Call("GET", "/api/v1/agent/queue", null),
                new Call("GET", "/api/v1/agent/agents", null),
                new Call("GET", c, null),
                new Call("POST", c + "/claim", ApiClient.object()),
                new Call("POST", c + "/messages", ApiClient.object().put("text", "hello")),
                new Call("POST", c + "/notes", ApiClient.object().put("text", "a note")),
                new Call("POST", c + "/transfer", ApiClient.object().put("to", "sam")),
                new Call("POST", c + "/release", ApiClient.object()),
                new Call("POST", c + "/resolve", ApiClient.object()),
                new Call("POST", "/api/v1/auth/logout", ApiClient.object()));
    }

    private static List<Call> adminCalls() {
        return List.of(
                new Call("GET", "/api/v1/admin/agents", null),
                new Call("GET", "/api/v1/admin/audit", null),
                new Call("POST", "/api/v1/admin/agents", ApiClient.object().put("username", "eve").put("password", "a-long-password")),
                new Call("POST", "/api/v1/admin/agents/grace/disable", ApiClient.object()),
                new Call("POST", "/api/v1/admin/agents/grace/enable", ApiClient.object()),
                new Call("PUT", "/api/v1/admin/kb/articles/new-article", ApiClient.object().put("title", "T").put("body", "B")),
                new Call("DELETE", "/api/v1/admin/kb/articles/returns-policy", null),
                new Call("POST", "/api/v1/admin/kb/import", ApiClient.object().set("articles", ApiClient.JSON.createArrayNode())));
    }

    private static CustomerChat escalatedChat(String name) throws Exception {
        CustomerChat chat = CustomerChat.start(api, name, name.toLowerCase() + "@example.com");
        chat.askForAPerson();
        return chat;
    }

    @Test
    void everyAgentAndAdminCallRefusesAMissingWrongExpiredOrCustomerToken() throws Exception {
        CustomerChat chat = escalatedChat("Noor");
        List<Call> calls = new ArrayList<>(agentCalls(chat.id()));
        calls.addAll(adminCalls());
        for (Call call : calls) {
            for (String token : new String[] {null, "not-a-token", EXPIRED_TOKEN, chat.token()}) {
                ApiClient.Response response = call.send(token);
                assertEquals(401, response.status(), call + " with " + token + ": " + response.text());
                assertFalse(response.at("/error/code").asText().isBlank(), call + ": " + response.text());
            }
        }
        assertEquals("waiting_for_agent", chat.history().at("/status").asText(), "nothing was done");
    }

    @Test
    void adminCallsRefuseAnAgent() throws Exception {
        for (Call call : adminCalls()) {
            assertError(403, "forbidden", call.send(sam));
        }
        assertEquals(200, api.post("/api/v1/auth/login", null,
                ApiClient.object().put("username", "grace").put("password", "a-long-password")).status(), "grace is still enabled");
    }

    @Test
    void anAgentCannotReadOrChangeAConversationAnotherAgentHas() throws Exception {
        CustomerChat chat = escalatedChat("Ines");
        String c = "/api/v1/agent/conversations/" + chat.id();
        assertEquals(200, api.post(c + "/claim", grace, ApiClient.object()).status());

        for (Call call : agentCalls(chat.id()).subList(3, 10)) {
            ApiClient.Response response = call.send(sam);
            if (call.path().endsWith("/claim")) {
                assertError(409, "already_claimed", response);
            } else {
                assertError(403, "not_your_conversation", response);
            }
        }
        ApiClient.Response byAdmin = api.get(c, admin);
        assertEquals(200, byAdmin.status(), byAdmin.text());
        assertEquals("grace", byAdmin.at("/assignee").asText());
        assertFalse(byAdmin.text().contains("\"text\":\"hello\""), "sam's message was not stored");
    }

    @Test
    void anAgentCannotReadAConversationOutsideTheQueue() throws Exception {
        CustomerChat chat = CustomerChat.start(api, "Omar", "omar@example.com");
        assertError(403, "not_your_conversation", api.get("/api/v1/agent/conversations/" + chat.id(), sam));
        assertEquals(200, api.get("/api/v1/agent/conversations/" + chat.id(), admin).status());
    }

    @Test
    void twoAgentsClaimingAtOnceGiveExactlyOneWinner() throws Exception {
        for (int round = 0; round < 5; round++) {
            CustomerChat chat = escalatedChat("Race" + round);
            String path = "/api/v1/agent/conversations/" + chat.id() + "/claim";
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> claims = new ArrayList<>();
            for (String token : List.of(grace, sam)) {
                claims.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return api.post(path, token, ApiClient.object()).status();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            start.countDown();
            List<Integer> statuses = claims.stream().map(CompletableFuture::join).sorted().toList();
            assertEquals(List.of(200, 409), statuses, "round " + round);
        }
    }

    @Test
    void aTransferredConversationBelongsToTheOtherAgent() throws Exception {
        CustomerChat chat = escalatedChat("Lea");
        String c = "/api/v1/agent/conversations/" + chat.id();
        assertEquals(200, api.post(c + "/claim", grace, ApiClient.object()).status());

        ApiClient.Response transferred = api.post(c + "/transfer", grace, ApiClient.object().put("to", "sam"));
        assertEquals(200, transferred.status(), transferred.text());
        assertEquals("sam", transferred.at("/assignee").asText());
        assertEquals(200, api.post(c + "/messages", sam, ApiClient.object().put("text", "Sam here, I'll take it from here.")).status());
        assertError(403, "not_your_conversation", api.post(c + "/messages", grace, ApiClient.object().put("text", "me again")));
        assertError(400, "invalid_request", api.post(c + "/transfer", sam, ApiClient.object().put("to", "nobody")));
    }

    @Test
    void internalNotesAreShownToAgentsAndNeverToTheCustomer() throws Exception {
        CustomerChat chat = escalatedChat("Kim");
        String c = "/api/v1/agent/conversations/" + chat.id();
        assertEquals(200, api.post(c + "/claim", grace, ApiClient.object()).status());
        try (CustomerSocketClient socket = new CustomerSocketClient(chat.socketUrl(server.port()))) {
            ApiClient.Response note = api.post(c + "/notes", grace, ApiClient.object().put("text", "VIP customer, refund approved"));
            assertEquals(201, note.status(), note.text());
            api.post(c + "/messages", grace, ApiClient.object().put("text", "Good news: your refund is approved."));

            JsonNode first = socket.awaitFrame(f -> f.at("/type").asText().equals("message"), Duration.ofSeconds(10));
            assertEquals("Good news: your refund is approved.", first.at("/message/text").asText(), "the note was not pushed first");
        }
        assertFalse(chat.history().text().contains("VIP customer"));
        JsonNode agentView = api.get(c, grace).json();
        assertTrue(agentView.toString().contains("VIP customer, refund approved"));
        assertTrue(agentView.toString().contains("\"role\":\"note\""));
    }

    @Test
    void theAgentViewHasAssistAndTheCustomersOtherConversations() throws Exception {
        ObjectNode yuki = ApiClient.object().put("externalId", "yuki-1").put("name", "Yuki")
                .put("identityHash", CustomerIdentity.hash(IDENTITY_SECRET, "yuki-1"));
        CustomerChat earlier = CustomerChat.start(api, yuki);
        CustomerChat chat = CustomerChat.start(api, yuki);
        chat.say("how long does a refund take to reach my card?");
        chat.askForAPerson();

        JsonNode view = api.get("/api/v1/agent/conversations/" + chat.id(), sam).json();
        assertEquals(earlier.id(), view.at("/otherConversations/0/conversationId").asText(), view.toString());
        assertTrue(view.at("/suggestions").size() > 0, view.toString());
        String replies = view.at("/suggestedReplies").toString();
        assertTrue(replies.contains(view.at("/suggestions/0/url").asText()), replies);
    }

    @Test
    void aLoggedOutOrDisabledAgentsOpenSocketIsClosedWithinASecond() throws Exception {
        api.post("/api/v1/admin/agents", admin, ApiClient.object().put("username", "leaver").put("password", "a-long-password"));
        String first = api.login("leaver", "a-long-password");
        String second = api.login("leaver", "a-long-password");
        try (CustomerSocketClient loggingOut = new CustomerSocketClient(agentEvents(first));
                CustomerSocketClient disabled = new CustomerSocketClient(agentEvents(second))) {
            assertEquals(204, api.post("/api/v1/auth/logout", first, ApiClient.object()).status());
            assertEquals(4401, loggingOut.awaitClose(Duration.ofSeconds(1)));
            assertFalse(disabled.isClosed(), "the account's other session goes on");

            assertEquals(200, api.post("/api/v1/admin/agents/leaver/disable", admin, ApiClient.object()).status());
            assertEquals(4401, disabled.awaitClose(Duration.ofSeconds(1)));
        }
    }

    @Test
    void aCustomersTypingReachesOnlyTheAgentsWhoMaySeeTheConversationAtMostEveryTwoSeconds() throws Exception {
        CustomerChat chat = CustomerChat.start(api, "Tia", null);
        try (CustomerSocketClient graces = new CustomerSocketClient(agentEvents(grace));
                CustomerSocketClient sams = new CustomerSocketClient(agentEvents(sam));
                CustomerSocketClient customer = new CustomerSocketClient(chat.socketUrl(server.port()))) {
            customer.send("{\"type\": \"typing\"}");
            assertEquals(List.of(), typingOf(chat, graces.framesWithin(Duration.ofMillis(500))), "nobody sees a conversation the bot has");

            chat.askForAPerson();
            Thread.sleep(2100);
            for (int i = 0; i < 50; i++) {
                customer.send("{\"type\": \"typing\"}");
            }
            assertEquals(1, typingOf(chat, graces.framesWithin(Duration.ofMillis(800))).size(), "fifty frames at once are one");

            assertEquals(200, api.post("/api/v1/agent/conversations/" + chat.id() + "/claim", grace, ApiClient.object()).status());
            sams.framesWithin(Duration.ofMillis(300));
            Thread.sleep(2100);
            customer.send("{\"type\": \"typing\"}");
            assertEquals(1, typingOf(chat, graces.framesWithin(Duration.ofMillis(800))).size(), "the conversation's agent sees it");
            assertEquals(List.of(), typingOf(chat, sams.framesWithin(Duration.ofMillis(300))), "another agent does not");
        }
    }

    @Test
    void passwordGuessesAgainstOneAccountLockItForAWhile() throws Exception {
        api.post("/api/v1/admin/agents", admin, ApiClient.object().put("username", "target").put("password", "a-long-password"));
        for (int i = 0; i < 6; i++) {
            assertError(401, "unauthorized", api.post("/api/v1/auth/login", null,
                    ApiClient.object().put("username", "target").put("password", "guess-" + i)));
        }
        ApiClient.Response locked = api.post("/api/v1/auth/login", null,
                ApiClient.object().put("username", "target").put("password", "a-long-password"));
        assertError(429, "login_locked", locked);
        assertTrue(locked.retryAfter() != null, "says when to retry");
        Thread.sleep(1100);
        assertTrue(api.login("target", "a-long-password").length() > 20, "the lock is short at first");
    }

    @Test
    void anAgentChangesTheirPasswordWithTheCurrentOneAndTheirOtherSessionsEnd() throws Exception {
        api.post("/api/v1/admin/agents", admin, ApiClient.object().put("username", "mover").put("password", "first-long-password"));
        String here = api.login("mover", "first-long-password");
        String elsewhere = api.login("mover", "first-long-password");
        String path = "/api/v1/auth/password";

        assertError(400, "wrong_password", api.post(path, here,
                ApiClient.object().put("currentPassword", "not-the-password").put("newPassword", "second-long-password")));
        assertError(400, "invalid_request", api.post(path, here,
                ApiClient.object().put("currentPassword", "first-long-password").put("newPassword", "password123")));
        try (CustomerSocketClient otherSocket = new CustomerSocketClient(agentEvents(elsewhere))) {
            assertEquals(204, api.post(path, here, ApiClient.object()
                    .put("currentPassword", "first-long-password").put("newPassword", "second-long-password")).status());
            assertEquals(4401, otherSocket.awaitClose(Duration.ofSeconds(1)));
        }
        assertEquals(200, api.get("/api/v1/agent/queue", here).status(), "the session that changed it goes on");
        assertError(401, "unauthorized", api.get("/api/v1/agent/queue", elsewhere));
        assertError(401, "unauthorized", api.post("/api/v1/auth/login", null,
                ApiClient.object().put("username", "mover").put("password", "first-long-password")));
        assertTrue(api.login("mover", "second-long-password").length() > 20);
    }

    @Test
    void aWeakFirstAdminPasswordStopsTheStartSayingWhy() {
        Exception refused = assertThrows(Exception.class, () -> TestServer.start(Map.of("CHATDESK_ADMIN_PASSWORD", "admin12345")));
        assertTrue(refused.getMessage().contains("admin password") && refused.getMessage().contains("too weak"), refused.getMessage());
    }

    @Test
    void oneSessionMayHoldEightSocketsNotHundreds() throws Exception {
        String token = api.login("grace", "a-long-password");
        List<CustomerSocketClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                open.add(new CustomerSocketClient(agentEvents(token)));
            }
            assertEquals(429, CustomerSocketClient.handshakeStatus(agentEvents(token)));
            open.remove(0).close();
            Thread.sleep(300);
            open.add(new CustomerSocketClient(agentEvents(token)));
        } finally {
            open.forEach(CustomerSocketClient::close);
        }
    }

    private static List<JsonNode> typingOf(CustomerChat chat, List<JsonNode> frames) {
        return frames.stream().filter(f -> f.at("/type").asText().equals("typing") && f.at("/conversationId").asText().equals(chat.id())).toList();
    }

    private static String agentEvents(String token) {
        return "ws://127.0.0.1:" + server.port() + "/api/v1/agent/events?token=" + token;
    }

    @Test
    void aLoggedOutOrDisabledAgentIsLockedOut() throws Exception {
        api.post("/api/v1/admin/agents", admin, ApiClient.object().put("username", "temp").put("password", "a-long-password"));
        String first = api.login("temp", "a-long-password");
        String second = api.login("temp", "a-long-password");

        assertEquals(204, api.post("/api/v1/auth/logout", first, ApiClient.object()).status());
        assertError(401, "unauthorized", api.get("/api/v1/agent/queue", first));
        assertEquals(200, api.get("/api/v1/agent/queue", second).status(), "other sessions go on");

        assertEquals(200, api.post("/api/v1/admin/agents/temp/disable", admin, ApiClient.object()).status());
        assertError(401, "unauthorized", api.get("/api/v1/agent/queue", second));
        assertError(401, "account_disabled", api.post("/api/v1/auth/login", null,
                ApiClient.object().put("username", "temp").put("password", "a-long-password")));
        assertError(409, "cannot_disable_self", api.post("/api/v1/admin/agents/admin/disable", admin, ApiClient.object()));

        assertEquals(200, api.post("/api/v1/admin/agents/temp/enable", admin, ApiClient.object()).status());
        assertTrue(api.login("temp", "a-long-password").length() > 20);
    }
}
