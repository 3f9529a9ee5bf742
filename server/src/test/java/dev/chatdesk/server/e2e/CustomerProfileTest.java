package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.connectors.web.CustomerIdentity;
import dev.chatdesk.server.testing.ApiClient;
import dev.chatdesk.server.testing.FakePlatform;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A customer's profile as agents read it beside a conversation: one person on the shop's website
 * (signed in) and on the shop's app (through the generic webhook) with the same e-mail address,
 * their conversations with how each ended, their mood, ratings and the team's tags.
 */
class CustomerProfileTest {
    private static final String IDENTITY_SECRET = "profile-identity-secret";
    private static final String GATEWAY_SECRET = "profile-gateway-secret";

    private static FakePlatform gateway;
    private static TestServer server;
    private static ApiClient api;
    private static String admin;
    private static String nadia;

    @BeforeAll
    static void startServer() throws Exception {
        gateway = FakePlatform.start(new FakePlatform.Answer(200, Map.of(), ""));
        server = TestServer.start(Map.of(
                "CHATDESK_AUTH_CUSTOMER_IDENTITY_SECRET", IDENTITY_SECRET,
                "CHATDESK_CONNECTORS_GENERIC_SECRET", GATEWAY_SECRET,
                "CHATDESK_CONNECTORS_GENERIC_CALLBACK_URL", gateway.baseUrl() + "/replies",
                "CHATDESK_LIMITS_LOGIN_ATTEMPTS_PER_MINUTE", "1000"));
        api = server.client();
        admin = api.login("admin", TestServer.ADMIN_PASSWORD);
        assertEquals(201, api.post("/api/v1/admin/agents", admin, ApiClient.object().put("username", "nadia")
                .put("password", "a-long-password").put("role", "agent")).status());
        nadia = api.login("nadia", "a-long-password");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void anAgentReadsOnePersonAcrossChannelsWithEachConversationsOutcomeMoodRatingsAndTags() throws Exception {
        CustomerChat website = CustomerChat.start(api, signedIn("cust-7", "Mira Lind", "mira@example.com"));
        website.say("do you ship to Norway?");
        assertEquals(200, api.post("/api/v1/conversations/" + website.id() + "/feedback", website.token(),
                ApiClient.object().put("rating", 5)).status());
        ObjectNode fromApp = ApiClient.object().put("deliveryId", "d-profile-1").put("userId", "app-7").put("name", "Mira")
                .put("email", "mira@example.com").put("text", "what payment methods do you accept?");
        String body = ApiClient.JSON.writeValueAsString(fromApp);
        assertEquals(200, api.postWithHeaders("/webhooks/generic", Map.of("X-Chatdesk-Signature",
                GenericWebhookSignature.of(GATEWAY_SECRET, body.getBytes(StandardCharsets.UTF_8))), "application/json",
                body.getBytes(StandardCharsets.UTF_8)).status());
        gateway.awaitCalls(call -> call.to("/replies"), 2, Duration.ofSeconds(30));
        CustomerChat waiting = CustomerChat.start(api, signedIn("cust-7", null, null));
        waiting.say("my parcel is late");
        waiting.askForAPerson();
        String customerId = agentView(waiting, nadia).at("/customerId").asText();

        ApiClient.Response response = api.get("/api/v1/agent/customers/" + customerId, nadia);
        assertEquals(200, response.status(), "the customer waits in the queue, so any agent reads them: " + response.text());
        JsonNode profile = response.json();
        assertEquals("Mira Lind", profile.at("/customer/name").asText(), profile.toString());
        assertEquals(List.of("web:cust-7", "generic:app-7"), texts(profile.at("/identities")), "the app's user with her address is her");
        List<String> conversations = new ArrayList<>();
        profile.at("/conversations").forEach(c -> conversations.add(c.at("/channel").asText() + " " + c.at("/outcome").asText()));
        assertEquals(List.of("web waiting", "generic contained", "web contained"), conversations, "newest first");
        assertEquals(3, profile.at("/conversationCount").asInt());
        assertEquals(5, profile.at("/conversations/2/rating").asInt());
        assertEquals(List.of(5.0, 1.0), List.of(profile.at("/csat/average").asDouble(), profile.at("/csat/responses").asDouble()));
        assertEquals(3, profile.at("/sentiment").size(), "a point for each message the model read, on both channels");

        assertEquals(200, tag("PUT", customerId, "vip", nadia).status());
        ApiClient.Response tagged = tag("PUT", customerId, "批发客户", nadia);
        assertEquals(List.of("vip", "批发客户"), tagTexts(tagged.json()), tagged.text());
        assertEquals(List.of("批发客户"), tagTexts(tag("DELETE", customerId, "vip", nadia).json()));
        assertEquals("nadia", api.get("/api/v1/agent/customers/" + customerId, admin).at("/tags/0/addedBy").asText());
        JsonNode audit = api.get("/api/v1/admin/audit?actor=nadia", admin).json();
        assertTrue(audit.toString().contains("customer_tagged") && audit.toString().contains("tag 批发客户"), audit.toString());
        assertEquals(List.of("批发客户"), tagTexts(api.get("/api/v1/admin/customers/" + customerId + "/export", admin).json()),
                "the export holds the tags");
    }

    @Test
    void anAgentIsRefusedACustomerWhoseConversationsTheyMayNotReadAndBadTagsAreClientErrors() throws Exception {
        CustomerChat withTheBot = CustomerChat.start(api, signedIn("cust-8", "Olli", "olli@example.com"));
        withTheBot.say("what are your opening hours?");
        String customerId = agentView(withTheBot, admin).at("/customerId").asText();

        assertEquals(403, api.get("/api/v1/agent/customers/" + customerId, nadia).status(), "Olli only talked to the bot");
        assertEquals(403, tag("PUT", customerId, "vip", nadia).status());
        assertEquals(200, api.get("/api/v1/agent/customers/" + customerId, admin).status());
        assertEquals(404, api.get("/api/v1/agent/customers/999999", admin).status());
        assertEquals(404, api.get("/api/v1/agent/customers/not-a-number", admin).status());
        for (String bad : List.of("!vip", "a".repeat(33), " ")) {
            ApiClient.Response refused = tag("PUT", customerId, bad, admin);
            assertEquals(400, refused.status(), bad + ": " + refused.text());
            assertEquals("invalid_request", refused.at("/error/code").asText());
        }
        assertEquals(401, api.get("/api/v1/agent/customers/" + customerId, null).status());
    }

    private static ObjectNode signedIn(String id, String name, String email) {
        return ApiClient.object().put("externalId", id).put("identityHash", CustomerIdentity.hash(IDENTITY_SECRET, id))
                .put("name", name).put("email", email);
    }

    private static JsonNode agentView(CustomerChat chat, String token) throws Exception {
        ApiClient.Response view = api.get("/api/v1/agent/conversations/" + chat.id(), token);
        assertEquals(200, view.status(), view.text());
        return view.json();
    }

    private static ApiClient.Response tag(String method, String customerId, String tag, String token) throws Exception {
        String path = "/api/v1/agent/customers/" + customerId + "/tags/" + URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20");
        return method.equals("PUT") ? api.put(path, token, ApiClient.object()) : api.delete(path, token);
    }

    private static List<String> tagTexts(JsonNode json) {
        List<String> tags = new ArrayList<>();
        json.at("/tags").forEach(t -> tags.add(t.at("/tag").asText()));
        return tags;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
