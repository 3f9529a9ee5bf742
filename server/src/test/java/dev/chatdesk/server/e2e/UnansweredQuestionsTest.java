package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.chatdesk.core.kb.Article;
import dev.chatdesk.kb.articles.ArticleFiles;
import dev.chatdesk.server.testing.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Admins read the questions the bot could not answer, grouped, and turn a group into drafts to review. */
class UnansweredQuestionsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static TestServer server;
    private static ApiClient api;
    private static String admin;
    private static String nadia;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServer.startWithAgent("nadia", "Nadia");
        api = server.client();
        admin = api.login("admin", TestServer.ADMIN_PASSWORD);
        nadia = api.login("nadia", "a-long-password");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theQuestionsTheBotFellBackOnAreListedOnceEachGroupedByMeaning() throws Exception {
        List<String> kayaks = List.of("can I hire a kayak from you?", "do you rent out kayaks for the weekend?",
                "kayak rental for two days?");
        Set<String> ours = new HashSet<>();
        for (String question : List.of(kayaks.get(0), kayaks.get(1), kayaks.get(2), "will it rain in the alps on saturday?",
                "where is my order NW-482913?")) {
            CustomerChat chat = CustomerChat.start(api, "Some Customer", "customer@example.com");
            chat.say(question);
            ours.add(chat.id());
        }
        Set<String> fellBack = fellBackOn();
        assertFalse(fellBack.isEmpty(), "the demo bot has no answer for kayaks or the weather");

        ApiClient.Response response = api.get("/api/v1/admin/insights/unanswered?days=1", admin);
        assertEquals(200, response.status(), response.text());
        JsonNode groups = response.json();
        Set<String> listed = new HashSet<>();
        long count = 0;
        for (JsonNode group : groups) {
            group.at("/questions").forEach(q -> listed.add(q.asText()));
            group.at("/conversationIds").forEach(id -> assertTrue(ours.contains(id.asText()), group.toString()));
            assertTrue(fellBack.contains(group.at("/example").asText()), group.toString());
            assertEquals("en", group.at("/language").asText());
            count += group.at("/count").asLong();
        }
        assertEquals(fellBack, listed, "every question the bot fell back on, and nothing else: " + groups);
        assertEquals(fellBack.size(), count);
        if (fellBack.containsAll(kayaks)) {
            JsonNode first = groups.get(0);
            assertEquals(Set.copyOf(kayaks), texts(first.at("/questions")), "the three ways of asking for a kayak are one group: " + groups);
            assertEquals(3, first.at("/count").asInt());
        }
    }

    @Test
    void anAdminTurnsAGroupIntoADraftIntentOrArticleForReviewNeverOverwritingOne() throws Exception {
        ApiClient.Response intent = api.post("/api/v1/admin/drafts/intents", admin, ApiClient.object()
                .put("name", "kayak_rental").put("language", "en").put("title", "Kayak rental")
                .put("answer", "We sell kayaks and gear, but we don't rent them out.")
                .set("examples", ApiClient.array("can I hire a kayak from you?", "kayak rental for two days?")));
        assertEquals(201, intent.status(), intent.text());
        assertEquals("intents/kayak_rental.yml", intent.at("/draft").asText());
        Path file = Path.of(intent.at("/file").asText());
        assertEquals(server.dataDir().resolve("drafts/intents/kayak_rental.yml").toRealPath(), file.toRealPath(),
                "the demo bot is inside the jar: drafts go to the data directory");
        JsonNode draft = YAML.readTree(file.toFile());
        assertEquals("kayak_rental", draft.at("/intent").asText());
        assertEquals("Kayak rental", draft.at("/title/en").asText());
        assertEquals(List.of("can I hire a kayak from you?", "kayak rental for two days?"), list(draft.at("/examples/en")));
        assertEquals("We sell kayaks and gear, but we don't rent them out.", draft.at("/responses/en/0/text").asText());
        assertTrue(Files.readString(file).startsWith("# Draft written from the insights"), "says it is a draft and what to do");

        ApiClient.Response again = api.post("/api/v1/admin/drafts/intents", admin, ApiClient.object()
                .put("name", "kayak_rental").put("language", "en").put("answer", "Something else.")
                .set("examples", ApiClient.array("kayaks?")));
        assertEquals(409, again.status(), again.text());
        assertEquals("draft_exists", again.at("/error/code").asText());
        assertEquals(List.of("can I hire a kayak from you?", "kayak rental for two days?"),
                list(YAML.readTree(file.toFile()).at("/examples/en")), "the draft under review is kept");

        ApiClient.Response more = api.post("/api/v1/admin/drafts/intents", admin, ApiClient.object()
                .put("name", "order_status").put("language", "en").set("examples", ApiClient.array("wheres my stuff")));
        assertEquals(201, more.status(), "more examples for an intent the bot has need no answer: " + more.text());
        assertFalse(YAML.readTree(Path.of(more.at("/file").asText()).toFile()).has("responses"));

        ApiClient.Response article = api.post("/api/v1/admin/drafts/articles", admin, ApiClient.object()
                .put("id", "kayak-rental").put("language", "en").put("title", "Do you rent out kayaks?")
                .put("body", "We don't rent out kayaks. Our **paddle sports** range is for sale.")
                .set("questions", ApiClient.array("do you rent out kayaks for the weekend?")));
        assertEquals(201, article.status(), article.text());
        List<Article> drafted = ArticleFiles.read(server.dataDir().resolve("drafts/articles"));
        assertEquals(1, drafted.size(), "the draft reads as the bot's articles do");
        assertEquals(List.of("kayak-rental", "Do you rent out kayaks?", "We don't rent out kayaks. Our **paddle sports** range is for sale."),
                List.of(drafted.get(0).id(), drafted.get(0).title(), drafted.get(0).body()));
        assertTrue(Files.readString(Path.of(article.at("/file").asText())).contains("#   do you rent out kayaks for the weekend?"));
    }

    @Test
    void onlyAdminsReadOrDraftAndABadDraftIsAClientError() throws Exception {
        assertEquals(403, api.get("/api/v1/admin/insights/unanswered", nadia).status());
        assertEquals(403, api.post("/api/v1/admin/drafts/intents", nadia, ApiClient.object()).status());
        assertEquals(400, api.get("/api/v1/admin/insights/unanswered?from=tomorrow", admin).status());
        List<ApiClient.Response> refused = new ArrayList<>();
        refused.add(api.post("/api/v1/admin/drafts/intents", admin, ApiClient.object().put("name", "Kayak Rental")
                .put("language", "en").put("answer", "No.").set("examples", ApiClient.array("kayak?"))));
        refused.add(api.post("/api/v1/admin/drafts/intents", admin, ApiClient.object().put("name", "gift_cards")
                .put("language", "en").set("examples", ApiClient.array("gift cards?"))));
        refused.add(api.post("/api/v1/admin/drafts/intents", admin, ApiClient.object().put("name", "gift_cards")
                .put("language", "fr").put("answer", "No.").set("examples", ApiClient.array("gift cards?"))));
        refused.add(api.post("/api/v1/admin/drafts/intents", admin, ApiClient.object().put("name", "gift_cards")
                .put("language", "en").put("answer", "No.").put("examples", "gift cards?")));
        refused.add(api.post("/api/v1/admin/drafts/articles", admin, ApiClient.object().put("id", "../escape")
                .put("language", "en").put("title", "T").put("body", "B")));
        for (ApiClient.Response response : refused) {
            assertEquals(400, response.status(), response.text());
            assertEquals("invalid_request", response.at("/error/code").asText());
        }
        assertFalse(Files.exists(server.dataDir().resolve("drafts/intents/gift_cards.yml")));
    }

    /** The customer messages the store says the bot fell back on. */
    private static Set<String> fellBackOn() throws Exception {
        Set<String> texts = new HashSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + server.dataDir().resolve("chatdesk.db"));
                ResultSet rows = db.createStatement().executeQuery(
                        "SELECT text FROM messages WHERE role = 'customer' AND bot_action = 'fallback'")) {
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
        }
        return texts;
    }

    private static Set<String> texts(JsonNode array) {
        return Set.copyOf(list(array));
    }

    private static List<String> list(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
