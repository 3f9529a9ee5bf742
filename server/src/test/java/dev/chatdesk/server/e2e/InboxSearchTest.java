package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.server.testing.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agent's inbox over the API: views with counts, search with filters and pages, conversations
 * found again after they were handed back or closed, claimed back from the bot, previews that do
 * not show card numbers, and the team's saved replies.
 */
class InboxSearchTest {
    private static TestServer server;
    private static ApiClient api;
    private static String admin;
    private static String nadia;
    private static String omar;

    @BeforeAll
    static void startServerWithTwoAgents() throws Exception {
        server = TestServer.start(Map.of(
                "CHATDESK_LIMITS_REQUESTS_PER_MINUTE_PER_CLIENT", "100000",
                "CHATDESK_LIMITS_LOGIN_ATTEMPTS_PER_MINUTE", "1000"));
        api = server.client();
        admin = api.login("admin", TestServer.ADMIN_PASSWORD);
        for (String name : List.of("nadia", "omar")) {
            assertEquals(201, api.post("/api/v1/admin/agents", admin, ApiClient.object()
                    .put("username", name).put("password", "a-long-password").put("role", "agent")).status());
        }
        nadia = api.login("nadia", "a-long-password");
        omar = api.login("omar", "a-long-password");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aHandedBackConversationIsFoundAgainAndClaimedBackFromTheBot() throws Exception {
        CustomerChat chat = CustomerChat.escalated(api, "Priya Raman", "Where is order NW-48213? It was due Monday.");
        String c = "/api/v1/agent/conversations/" + chat.id();
        assertEquals(200, api.post(c + "/claim", nadia, ApiClient.object()).status());
        assertEquals(200, api.post(c + "/messages", nadia, ApiClient.object().put("text", "It left the depot today.")).status());
        assertEquals(200, api.post(c + "/release", nadia, ApiClient.object()).status());

        JsonNode found = search(nadia, "q=NW-48213&status=open");
        assertEquals(List.of(chat.id()), ids(found));
        assertEquals("bot", found.at("/items/0/status").asText());
        assertEquals("Priya Raman", found.at("/items/0/customer/name").asText());
        assertEquals(List.of(), ids(search(omar, "q=NW-48213")), "omar never had it");
        assertEquals(403, api.get(c, omar).status());
        assertEquals(200, api.get(c, nadia).status(), "nadia reads what she once had");

        ApiClient.Response claimedBack = api.post(c + "/claim", nadia, ApiClient.object());
        assertEquals(200, claimedBack.status(), claimedBack.text());
        assertEquals("with_agent", claimedBack.at("/status").asText());
        assertEquals(409, api.post(c + "/claim", omar, ApiClient.object()).status(), "nadia has it now");
    }

    @Test
    void viewsCountWhatEachAgentMaySee() throws Exception {
        CustomerChat waiting = CustomerChat.escalated(api, "Lena Fischer", "The zip of my jacket broke");
        CustomerChat mine = CustomerChat.escalated(api, "Kofi Mensah", "I was charged twice");
        String m = "/api/v1/agent/conversations/" + mine.id();
        assertEquals(200, api.post(m + "/claim", omar, ApiClient.object()).status());
        CustomerChat resolved = CustomerChat.escalated(api, "Aiko Tanaka", "Cancel my order please");
        String r = "/api/v1/agent/conversations/" + resolved.id();
        assertEquals(200, api.post(r + "/claim", omar, ApiClient.object()).status());
        assertEquals(200, api.post(r + "/resolve", omar, ApiClient.object()).status());

        JsonNode before = api.get("/api/v1/agent/views", omar).json();
        assertTrue(before.at("/mine").asLong() >= 1, before.toString());
        assertTrue(before.at("/unassigned").asLong() >= 1, before.toString());
        assertTrue(before.at("/resolved").asLong() >= 1, before.toString());
        assertTrue(ids(search(omar, "status=closed&limit=100")).contains(resolved.id()), "a resolved conversation is found again");
        assertTrue(ids(search(omar, "status=with_agent&assignee=me")).contains(mine.id()));
        assertTrue(ids(search(omar, "status=waiting_for_agent&limit=100")).contains(waiting.id()));
        assertFalse(ids(search(nadia, "status=closed&limit=100")).contains(resolved.id()), "nadia never had it");

        String l = "/api/v1/agent/conversations/" + waiting.id();
        assertEquals(200, api.post(l + "/claim", omar, ApiClient.object()).status());
        JsonNode after = api.get("/api/v1/agent/views", omar).json();
        assertEquals(before.at("/mine").asLong() + 1, after.at("/mine").asLong());
        assertEquals(before.at("/unassigned").asLong() - 1, after.at("/unassigned").asLong());
    }

    @Test
    void searchPagesWithACursorAndFiltersByChannelDayAndReason() throws Exception {
        List<String> started = new ArrayList<>();
        for (String name : List.of("Page One", "Page Two", "Page Three")) {
            started.add(CustomerChat.escalated(api, name, "paging question about gloves").id());
        }
        JsonNode first = search(admin, "q=gloves&limit=2");
        assertEquals(2, first.at("/items").size());
        String cursor = first.at("/nextCursor").asText();
        JsonNode second = search(admin, "q=gloves&limit=2&cursor=" + cursor);
        List<String> all = new ArrayList<>(ids(first));
        all.addAll(ids(second));
        assertEquals(List.of(started.get(2), started.get(1), started.get(0)), all, "newest first, each once");
        assertTrue(second.at("/nextCursor").isNull());

        assertEquals(3, ids(search(admin, "q=gloves&channel=web&reason=requested&from=2020-01-01")).size());
        assertEquals(0, ids(search(admin, "q=gloves&channel=telegram")).size());
        assertEquals(0, ids(search(admin, "q=gloves&to=2020-01-01")).size());
    }

    @Test
    void previewsInTheListAndTheQueueMaskCardNumbers() throws Exception {
        CustomerChat chat = CustomerChat.escalated(api, "Marta Silva", "I was charged twice");
        chat.say("my card 4111 1111 1111 1111 was charged twice");

        String snippet = search(admin, "q=marta").at("/items/0/snippet").asText();
        assertTrue(snippet.contains("[card ••••1111]"), snippet);
        assertFalse(snippet.contains("4111 1111"), snippet);
        JsonNode queue = api.get("/api/v1/agent/queue", admin).json();
        for (JsonNode entry : queue) {
            if (entry.at("/conversationId").asText().equals(chat.id())) {
                assertFalse(entry.at("/lastMessages").toString().contains("4111 1111"), entry.toString());
            }
        }
        assertTrue(api.get("/api/v1/agent/conversations/" + chat.id(), admin).text().contains("4111 1111 1111 1111"),
                "the transcript keeps what was written");
    }

    @Test
    void theOrderAConversationIsAboutComesFromTheShopsOrderApi() throws Exception {
        CustomerChat withOrder = CustomerChat.escalated(api, "Jon Berg", "where is my order NW-482913?");
        ApiClient.Response order = api.get("/api/v1/agent/conversations/" + withOrder.id() + "/order", admin);
        assertEquals(200, order.status(), order.text());
        assertEquals("NW-482913", order.at("/orderNumber").asText());
        assertTrue(order.at("/found").asBoolean(), order.text());
        assertFalse(order.at("/order/items").isEmpty(), order.text());

        CustomerChat without = CustomerChat.escalated(api, "Ida Berg", "I want to talk to someone");
        assertEquals(404, api.get("/api/v1/agent/conversations/" + without.id() + "/order", admin).status());
        assertEquals(401, api.get("/api/v1/agent/conversations/" + withOrder.id() + "/order", null).status());
    }

    @Test
    void savedRepliesAreWrittenByAdminsAndReadByEveryAgent() throws Exception {
        String path = "/api/v1/admin/saved-replies/refund-time";
        ApiClient.Response saved = api.put(path, admin, ApiClient.object().put("text", "Hi {customer.firstName}, refunds take 5 days."));
        assertEquals(200, saved.status(), saved.text());
        assertEquals("admin", saved.at("/updatedBy").asText());

        JsonNode listed = api.get("/api/v1/agent/saved-replies", omar).json();
        assertTrue(listed.toString().contains("\"shortcut\":\"refund-time\""), listed.toString());
        assertEquals(403, api.put(path, omar, ApiClient.object().put("text", "mine now")).status());
        assertEquals(400, api.put("/api/v1/admin/saved-replies/Refund%20Time", admin, ApiClient.object().put("text", "x")).status());
        assertEquals(400, api.put(path, admin, ApiClient.object().put("text", " ")).status());
        assertEquals(204, api.delete(path, admin).status());
        assertEquals(404, api.delete(path, admin).status());
    }

    @Test
    void malformedParametersAreClearFourHundreds() throws Exception {
        for (String bad : List.of("status=lost", "cursor=yesterday", "limit=0", "limit=101", "from=monday", "reason=bored",
                "q=" + "x".repeat(201))) {
            ApiClient.Response response = api.get("/api/v1/agent/conversations?" + bad, admin);
            assertEquals(400, response.status(), bad + ": " + response.text());
            assertEquals("invalid_request", response.at("/error/code").asText(), bad);
        }
        assertEquals(401, api.get("/api/v1/agent/conversations", null).status());
        assertEquals(401, api.get("/api/v1/agent/views", null).status());
    }

    private static JsonNode search(String token, String parameters) throws Exception {
        ApiClient.Response response = api.get("/api/v1/agent/conversations?" + parameters, token);
        assertEquals(200, response.status(), response.text());
        return response.json();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.at("/items").forEach(item -> ids.add(item.at("/conversationId").asText()));
        return ids;
    }
}
