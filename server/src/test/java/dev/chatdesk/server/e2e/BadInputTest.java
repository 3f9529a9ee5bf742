package dev.chatdesk.server.e2e;

import static dev.chatdesk.server.testing.ApiAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.server.testing.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint refuses bad input with the documented JSON error and the fitting 4xx status; the
 * server stays up and nothing stored is lost or changed.
 */
class BadInputTest {
    private static final byte[] INVALID_UTF8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    private static TestServer server;
    private static ApiClient api;
    private static String conversation;
    private static String token;
    private static String otherToken;
    private static String admin;
    private static String agent;
    private static JsonNode historyBefore;
    private static JsonNode queueBefore;

    @BeforeAll
    static void startServerWithAConversationAndAnAgent() throws Exception {
        server = TestServer.start(Map.of(
                "CHATDESK_LIMITS_REQUESTS_PER_MINUTE_PER_CLIENT", "100000",
                "CHATDESK_LIMITS_LOGIN_ATTEMPTS_PER_MINUTE", "1000",
                "CHATDESK_LIMITS_MESSAGES_PER_MINUTE_PER_CONVERSATION", "5"));
        api = server.client();
        ApiClient.Response started = api.post("/api/v1/conversations", null, ApiClient.object());
        conversation = started.at("/conversationId").asText();
        token = started.at("/token").asText();
        api.post("/api/v1/conversations/" + conversation + "/messages", token, ApiClient.object().put("text", "can I pay with PayPal?"));
        otherToken = api.post("/api/v1/conversations", null, ApiClient.object()).at("/token").asText();
        admin = api.login("admin", TestServer.ADMIN_PASSWORD);
        api.post("/api/v1/admin/agents", admin, ApiClient.object().put("username", "sam").put("password", "a-long-password").put("role", "agent"));
        agent = api.login("sam", "a-long-password");
        historyBefore = history();
        queueBefore = api.get("/api/v1/agent/queue", admin).json();
    }

    @AfterEach
    void nothingStoredChangedAndTheServerIsUp() throws Exception {
        assertEquals(200, api.get("/health/live", null).status());
        assertEquals(historyBefore, history());
        assertEquals(queueBefore, api.get("/api/v1/agent/queue", admin).json());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static JsonNode history() throws Exception {
        return api.get("/api/v1/conversations/" + conversation, token).json();
    }

    private static String messages() {
        return "/api/v1/conversations/" + conversation + "/messages";
    }

    @Test
    void malformedJsonIsRefusedEverywhere() throws Exception {
        for (String path : new String[] {"/api/v1/conversations", messages(), "/api/v1/auth/login",
                "/api/v1/conversations/" + conversation + "/feedback"}) {
            assertError(400, "invalid_request", api.post(path, token, "{\"text\": \"unclosed"));
        }
        assertError(400, "invalid_request", api.post("/api/v1/admin/agents", admin, "{nope"));
        assertError(400, "invalid_request", api.post("/api/v1/admin/kb/import", admin, "[1, 2"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() throws Exception {
        assertError(400, "invalid_request", api.post(messages(), token, "[\"hello\"]"));
        assertError(400, "invalid_request", api.post(messages(), token, "\"hello\""));
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        assertError(400, "invalid_request", api.postBytes(messages(), token, "application/json", INVALID_UTF8));
        assertError(400, "invalid_request", api.postBytes("/api/v1/conversations", null, "application/json", INVALID_UTF8));
    }

    @Test
    void aBodyThatIsNotJsonByItsContentTypeIsRefused() throws Exception {
        byte[] body = "{\"text\": \"hi\"}".getBytes(StandardCharsets.UTF_8);
        assertError(415, "unsupported_media_type", api.postBytes(messages(), token, "text/plain", body));
        assertError(415, "unsupported_media_type", api.postBytes(messages(), token, null, body));
    }

    @Test
    void aHugeBodyIsRefusedAsTooLarge() throws Exception {
        String huge = "{\"text\": \"" + "a".repeat(70_000) + "\"}";
        assertError(413, "body_too_large", api.post(messages(), token, huge));
        assertError(413, "body_too_large", api.post("/api/v1/conversations", null, huge));
    }

    @Test
    void messageTextMustBeAStringOfOneTo4000Characters() throws Exception {
        assertError(400, "invalid_request", api.post(messages(), token, ApiClient.object()));
        assertError(400, "invalid_request", api.post(messages(), token, ApiClient.object().put("text", "")));
        assertError(400, "invalid_request", api.post(messages(), token, ApiClient.object().put("text", "   \n ")));
        assertError(400, "invalid_request", api.post(messages(), token, ApiClient.object().put("text", "x".repeat(4001))));
        assertError(400, "invalid_request", api.post(messages(), token, ApiClient.object().put("text", 42)));
        assertError(400, "invalid_request", api.post(messages(), token, ApiClient.object().putNull("text")));
        assertError(400, "invalid_request", api.post(messages(), token,
                ApiClient.object().put("text", "hi").put("clientMessageId", "c".repeat(129))));
        assertError(400, "invalid_request", api.post(messages(), token, ApiClient.object().put("text", "hi").put("clientMessageId", 7)));
    }

    @Test
    void startingAConversationChecksItsFields() throws Exception {
        String path = "/api/v1/conversations";
        assertError(400, "invalid_request", api.post(path, null, ApiClient.object().put("customer", "Dana")));
        assertError(400, "invalid_request", api.post(path, null,
                ApiClient.object().set("customer", ApiClient.object().put("name", "n".repeat(201)))));
        assertError(400, "invalid_request", api.post(path, null, ApiClient.object().put("locale", 5)));
        assertError(400, "invalid_request", api.post(path, null, ApiClient.object().put("locale", "<script>")));
        assertError(400, "invalid_request", api.post(path, null, ApiClient.object().put("channel", "telegram")));
    }

    @Test
    void customerCallsNeedTheConversationsOwnToken() throws Exception {
        String conv = "/api/v1/conversations/" + conversation;
        assertError(401, "unauthorized", api.get(conv, null));
        assertError(401, "unauthorized", api.post(messages(), null, ApiClient.object().put("text", "hi")));
        assertError(403, "forbidden", api.get(conv, otherToken));
        assertError(403, "forbidden", api.post(messages(), otherToken, ApiClient.object().put("text", "hi")));
        assertError(403, "forbidden", api.post(conv + "/handoff", otherToken, ApiClient.object()));
        assertError(403, "forbidden", api.post(conv + "/feedback", otherToken, ApiClient.object().put("rating", 5)));
        assertError(403, "forbidden", api.get(conv, agent));
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        assertError(404, "not_found", api.get("/api/v1/conversations/c_doesnotexist", token));
        assertError(404, "not_found", api.post("/api/v1/conversations/c_doesnotexist/messages", token, ApiClient.object().put("text", "hi")));
        assertError(404, "not_found", api.post("/api/v1/agent/conversations/c_doesnotexist/claim", agent, ApiClient.object()));
        assertError(404, "not_found", api.get("/api/v1/agent/conversations/c_doesnotexist", agent));
        assertError(404, "not_found", api.post("/api/v1/agent/conversations/c_doesnotexist/notes", agent, ApiClient.object().put("text", "hi")));
        assertError(404, "not_found", api.post("/api/v1/admin/agents/nobody/disable", admin, ApiClient.object()));
        assertError(404, "not_found", api.delete("/api/v1/admin/kb/articles/no-such-article", admin));
        assertError(404, "not_found", api.get("/api/v1/no/such/path", null));
    }

    @Test
    void aWrongMethodIsRefused() throws Exception {
        assertError(405, "method_not_allowed", api.delete("/api/v1/conversations/" + conversation, token));
    }

    @Test
    void feedbackNeedsAWholeRatingFromOneToFive() throws Exception {
        String path = "/api/v1/conversations/" + conversation + "/feedback";
        for (Object rating : new Object[] {0, 6, "5", 2.5, -1}) {
            var body = ApiClient.JSON.createObjectNode();
            body.set("rating", ApiClient.JSON.valueToTree(rating));
            assertError(400, "invalid_request", api.post(path, token, body));
        }
        assertError(400, "invalid_request", api.post(path, token, ApiClient.object().put("rating", 4).put("comment", "c".repeat(2001))));
    }

    @Test
    void catchingUpNeedsAWholeAfterSeqOfZeroOrMore() throws Exception {
        for (String afterSeq : new String[] {"-1", "two", "1.5", ""}) {
            assertError(400, "invalid_request", api.get("/api/v1/conversations/" + conversation + "?afterSeq=" + afterSeq, token));
        }
    }

    @Test
    void scriptInjectionTextIsKeptAsPlainTextInJson() throws Exception {
        ApiClient.Response started = api.post("/api/v1/conversations", null, ApiClient.object());
        String id = started.at("/conversationId").asText();
        String own = started.at("/token").asText();
        String script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        ApiClient.Response turn = api.post("/api/v1/conversations/" + id + "/messages", own, ApiClient.object().put("text", script));
        assertEquals(200, turn.status(), turn.text());
        assertEquals(script, turn.at("/message/text").asText());
        assertEquals("nosniff", turn.contentTypeOptions(), "browsers must not sniff JSON as HTML");
    }

    @Test
    void tooManyMessagesInOneConversationAreRateLimitedWithRetryAfter() throws Exception {
        ApiClient.Response started = api.post("/api/v1/conversations", null, ApiClient.object());
        String path = "/api/v1/conversations/" + started.at("/conversationId").asText() + "/messages";
        String own = started.at("/token").asText();
        ApiClient.Response last = null;
        for (int i = 0; i < 6; i++) {
            last = api.post(path, own, ApiClient.object().put("text", "hello"));
        }
        assertError(429, "rate_limited", last);
        assertNotNull(last.retryAfter());
        assertTrue(Integer.parseInt(last.retryAfter()) >= 1);
    }

    @Test
    void agentCallsNeedAValidAgentToken() throws Exception {
        assertError(401, "unauthorized", api.get("/api/v1/agent/queue", null));
        assertError(401, "unauthorized", api.get("/api/v1/agent/queue", "not-a-token"));
        assertError(401, "unauthorized", api.get("/api/v1/agent/queue", token));
        assertError(401, "unauthorized", api.post("/api/v1/auth/login", null,
                ApiClient.object().put("username", "admin").put("password", "wrong-password")));
        assertError(401, "unauthorized", api.post("/api/v1/auth/login", null,
                ApiClient.object().put("username", "nobody").put("password", "wrong-password")));
        assertError(400, "invalid_request", api.post("/api/v1/auth/login", null, ApiClient.object().put("username", "admin")));
    }

    @Test
    void onlyAdminsManageAccountsAndArticles() throws Exception {
        var account = ApiClient.object().put("username", "eve").put("password", "another-long-password");
        assertError(403, "forbidden", api.post("/api/v1/admin/agents", agent, account));
        var article = ApiClient.object().put("title", "Hacked").put("body", "text");
        assertError(403, "forbidden", api.put("/api/v1/admin/kb/articles/hacked", agent, article));
        assertError(401, "unauthorized", api.put("/api/v1/admin/kb/articles/hacked", null, article));
        assertError(403, "forbidden", api.delete("/api/v1/admin/kb/articles/returns-policy", agent));
    }

    @Test
    void accountCreationChecksItsFields() throws Exception {
        String path = "/api/v1/admin/agents";
        assertError(409, "username_taken", api.post(path, admin, ApiClient.object().put("username", "sam").put("password", "a-long-password")));
        assertError(400, "invalid_request", api.post(path, admin, ApiClient.object().put("username", "x y").put("password", "a-long-password")));
        assertError(400, "invalid_request", api.post(path, admin, ApiClient.object().put("username", "kim").put("password", "short")));
        assertError(400, "invalid_request", api.post(path, admin,
                ApiClient.object().put("username", "kim").put("password", "a-long-password").put("role", "root")));
    }

    @Test
    void notesAndTransfersCheckTheirFields() throws Exception {
        String path = "/api/v1/agent/conversations/" + conversation;
        assertError(400, "invalid_request", api.post(path + "/notes", admin, ApiClient.object()));
        assertError(400, "invalid_request", api.post(path + "/notes", admin, ApiClient.object().put("text", "   ")));
        assertError(400, "invalid_request", api.post(path + "/notes", admin, ApiClient.object().put("text", "x".repeat(4001))));
        assertError(400, "invalid_request", api.post(path + "/transfer", admin, ApiClient.object()));
        assertError(400, "invalid_request", api.post(path + "/transfer", admin, ApiClient.object().put("to", 7)));
        assertError(400, "invalid_request", api.post(path + "/transfer", admin, ApiClient.object().put("to", "nobody")));
        assertError(400, "invalid_request", api.post(path + "/transfer", admin, "{\"to\": "));
    }

    @Test
    void agentActionsRespectWhoHasTheConversation() throws Exception {
        String path = "/api/v1/agent/conversations/" + conversation;
        assertError(409, "not_waiting", api.post(path + "/claim", agent, ApiClient.object()));
        // The conversation is with the bot: outside the queue, so not an agent's to touch; an admin gets the conflict.
        assertError(403, "not_your_conversation", api.post(path + "/messages", agent, ApiClient.object().put("text", "hi")));
        assertError(403, "not_your_conversation", api.post(path + "/release", agent, ApiClient.object()));
        assertError(409, "not_claimed", api.post(path + "/messages", admin, ApiClient.object().put("text", "hi")));
        assertError(409, "not_escalated", api.post(path + "/release", admin, ApiClient.object()));
    }

    @Test
    void knowledgeBaseCallsCheckTheirParameters() throws Exception {
        assertError(400, "invalid_request", api.get("/api/v1/kb/search", null));
        assertError(400, "invalid_request", api.get("/api/v1/kb/search?q=", null));
        assertError(400, "invalid_request", api.get("/api/v1/kb/search?q=" + "a".repeat(501), null));
        assertError(400, "invalid_request", api.get("/api/v1/kb/search?q=returns&limit=abc", null));
        assertError(400, "invalid_request", api.get("/api/v1/kb/search?q=returns&limit=500", null));
        assertError(400, "invalid_request", api.put("/api/v1/admin/kb/articles/ok-id", admin, ApiClient.object().put("body", "no title")));
        assertError(400, "invalid_request", api.put("/api/v1/admin/kb/articles/bad%20id", admin,
                ApiClient.object().put("title", "T").put("body", "B")));
        assertError(400, "invalid_request", api.put("/api/v1/admin/kb/articles/ok-id", admin,
                ApiClient.object().put("title", "T").put("body", "B").put("language", "fr")));
        assertError(400, "invalid_request", api.post("/api/v1/admin/kb/import", admin, ApiClient.object().put("articles", "all")));
        var twice = ApiClient.JSON.createArrayNode()
                .add(ApiClient.object().put("id", "a").put("title", "A").put("body", "x"))
                .add(ApiClient.object().put("id", "a").put("title", "A again").put("body", "y"));
        assertError(400, "invalid_request", api.post("/api/v1/admin/kb/import", admin, ApiClient.object().set("articles", twice)));
    }

    @Test
    void webSocketsRefuseUnknownConversationsAndWrongTokens() throws Exception {
        String base = "ws://127.0.0.1:" + server.port() + "/api/v1/conversations/";
        assertEquals(404, CustomerSocketClient.handshakeStatus(base + "c_doesnotexist/events?token=" + token));
        assertEquals(403, CustomerSocketClient.handshakeStatus(base + conversation + "/events?token=" + otherToken));
        assertEquals(404, CustomerSocketClient.handshakeStatus(base + "c_doesnotexist/events"));
        assertEquals(401, CustomerSocketClient.handshakeStatus("ws://127.0.0.1:" + server.port() + "/api/v1/agent/events?token=bad"));
        HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api.base() + "/api/v1/conversations/" + conversation + "/events?token=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, plain.statusCode(), plain.body());
        assertTrue(plain.body().contains("websocket_required"), plain.body());
    }

    @Test
    void aSocketWithNoTokenInItsUrlMustAuthenticateWithItsFirstFrame() throws Exception {
        String customerEvents = "ws://127.0.0.1:" + server.port() + "/api/v1/conversations/" + conversation + "/events";
        String agentEvents = "ws://127.0.0.1:" + server.port() + "/api/v1/agent/events";
        for (String url : List.of(customerEvents, agentEvents)) {
            try (CustomerSocketClient silent = new CustomerSocketClient(url)) {
                assertEquals(4401, silent.awaitClose(Duration.ofSeconds(8)), url);
            }
            try (CustomerSocketClient wrong = new CustomerSocketClient(url)) {
                wrong.send(ApiClient.object().put("type", "auth").put("token", otherToken).toString());
                assertEquals(4401, wrong.awaitClose(Duration.ofSeconds(3)), url);
            }
        }
        // A conversation of its own: the shared one must stay as it was (nothingStoredChangedAndTheServerIsUp).
        ApiClient.Response fresh = api.post("/api/v1/conversations", null, ApiClient.object());
        String freshEvents = "ws://127.0.0.1:" + server.port() + "/api/v1/conversations/" + fresh.at("/conversationId").asText() + "/events";
        try (CustomerSocketClient customer = new CustomerSocketClient(freshEvents);
                CustomerSocketClient agent = new CustomerSocketClient(agentEvents)) {
            customer.send(ApiClient.object().put("type", "auth").put("token", fresh.at("/token").asText()).toString());
            agent.send(ApiClient.object().put("type", "auth").put("token", admin).toString());
            customer.awaitFrame(f -> f.at("/type").asText().equals("authenticated"), Duration.ofSeconds(5));
            agent.awaitFrame(f -> f.at("/type").asText().equals("authenticated"), Duration.ofSeconds(5));
            customer.send(ApiClient.object().put("type", "message").put("text", "hello there").toString());
            JsonNode reply = customer.awaitFrame(f -> f.at("/type").asText().equals("message") && f.at("/message/role").asText().equals("bot"),
                    Duration.ofSeconds(20));
            assertFalse(reply.at("/message/text").asText().isBlank());
        }
    }

    @Test
    void aBadWebSocketFrameGetsAnErrorFrameAndTheSocketStaysOpen() throws Exception {
        String url = "ws://127.0.0.1:" + server.port() + "/api/v1/conversations/" + conversation + "/events?token=" + token;
        try (CustomerSocketClient socket = new CustomerSocketClient(url)) {
            socket.send("not json");
            assertEquals("invalid_request", socket.awaitFrame(f -> f.at("/type").asText().equals("error"),
                    Duration.ofSeconds(5)).at("/error/code").asText());
            socket.send("{\"type\": \"message\", \"text\": \"\"}");
            assertEquals("invalid_request", socket.awaitFrame(f -> f.at("/type").asText().equals("error"),
                    Duration.ofSeconds(5)).at("/error/code").asText());
            socket.send("{\"type\": \"typing\"}");
        }
    }
}
