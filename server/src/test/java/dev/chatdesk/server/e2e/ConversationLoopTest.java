package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.core.bot.BotResponse;
import dev.chatdesk.server.testing.ApiClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conversation loop end to end, as a customer and an agent live it: the real server with the
 * demo bot's trained model, its store and its knowledge base, over real HTTP and WebSocket.
 */
class ConversationLoopTest {
    /**
     * Messages torn between two intents (return or exchange, cancel or return...). Models trained
     * on different machines read each with different confidence (one gave return_item 0.52, another
     * 0.74), so the test takes the first the bot asks about; the first five were torn in the models
     * seen before the sentiment data of #12, which read them all confidently.
     */
    private static final List<String> TORN_MESSAGES = List.of(
            "should I cancel or return it",
            "I want to return or exchange my jacket",
            "wrong item or missing item",
            "cancel or return?",
            "my parcel is damaged or missing",
            "refund or exchange, which is better",
            "is it the wrong item or is something missing",
            "track or cancel, not sure",
            "invoice or refund question",
            "payment or delivery problem",
            "exchange it or send it back?",
            "late parcel or lost parcel",
            "change my order or cancel it");

    private static TestServer server;
    private static ApiClient api;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServer.start(Map.of());
        api = server.client();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static CustomerChat startChat() throws Exception {
        return CustomerChat.start(api, "Dana", "dana@example.com");
    }

    private static String replyText(ApiClient.Response turn) {
        return CustomerChat.replyText(turn);
    }

    @Test
    void aNewConversationOpensWithTheBotsGreeting() throws Exception {
        ApiClient.Response started = api.post("/api/v1/conversations", null, ApiClient.object());
        assertEquals(201, started.status());
        assertEquals("bot", started.at("/status").asText());
        JsonNode greeting = started.at("/messages/0");
        assertEquals("bot", greeting.at("/role").asText());
        List<String> greetings = BotDirectory.loadDemo().settings().greeting().stream().map(BotResponse::text).toList();
        assertTrue(greetings.contains(greeting.at("/text").asText()), greeting.toString());
        assertTrue(greeting.at("/quickReplies").size() > 0);
    }

    @Test
    void aConfidentIntentIsAnsweredWithItsResponse() throws Exception {
        CustomerChat chat = startChat();
        ApiClient.Response turn = chat.say("what payment methods do you accept?");
        assertEquals("payment_methods", turn.at("/nlu/intent/name").asText(), turn.text());
        assertEquals("customer", turn.at("/message/role").asText());
        assertEquals(1, turn.at("/replies").size());
        assertTrue(replyText(turn).toLowerCase().contains("paypal"), replyText(turn));
    }

    @Test
    void theOrderStatusFlowRejectsAnInvalidNumberThenLooksTheOrderUp() throws Exception {
        CustomerChat chat = startChat();
        assertTrue(replyText(chat.say("where is my order?")).contains("order number"));
        String invalid = replyText(chat.say("it's 12345"));
        assertTrue(invalid.contains("doesn't look like"), invalid);
        String answer = replyText(chat.say("NW-482913"));
        assertTrue(answer.contains("NW-482913"), answer);
        assertTrue(answer.contains("on its way with DHL"), answer);
    }

    @Test
    void aQuestionTheIntentsDoNotCoverIsAnsweredFromAHelpArticleWithItsSource() throws Exception {
        CustomerChat chat = startChat();
        ApiClient.Response turn = chat.say("are your down jackets machine washable?");
        JsonNode reply = turn.at("/replies/0");
        assertTrue(reply.at("/sources").size() > 0, turn.text());
        assertFalse(reply.at("/sources/0/url").asText().isBlank());
    }

    @Test
    void anUnsureReadingIsClarifiedWithTheLikelyIntentsAndYesTakesTheFirst() throws Exception {
        String clarify = BotDirectory.loadDemo().settings().clarify();
        CustomerChat chat = null;
        ApiClient.Response unsure = null;
        for (String message : TORN_MESSAGES) {
            chat = startChat();
            unsure = chat.say(message);
            if (unsure.at("/replies/0/text").asText().equals(clarify)) {
                break;
            }
        }
        assertEquals(clarify, unsure.at("/replies/0/text").asText(), "no torn message was clarified: " + unsure.text());
        JsonNode buttons = unsure.at("/replies/0/quickReplies");
        assertTrue(buttons.size() >= 2, unsure.text());
        String offered = buttons.get(0).at("/payload").asText();
        assertTrue(offered.startsWith("/"), unsure.text());

        ApiClient.Response yes = chat.say("yes");
        assertEquals(1, yes.at("/replies").size(), yes.text());
        assertFalse(yes.at("/replies/0/text").asText().startsWith("I'm not quite sure"), yes.text());
    }

    @Test
    void anAngryCustomerIsEscalatedWithHistoryAndSentimentAndTheBotFallsSilent() throws Exception {
        CustomerChat chat = startChat();
        chat.say("where is my order?");
        ApiClient.Response angry = chat.say("THIS IS RIDICULOUS. Third time I'm asking and your useless bot keeps wasting my time!!!");
        assertEquals("waiting_for_agent", angry.at("/status").asText(), angry.text());
        assertTrue(replyText(angry).contains("queue"), replyText(angry));

        String agent = api.login("admin", TestServer.ADMIN_PASSWORD);
        JsonNode entry = AgentQueue.entry(api, agent, chat.id());
        assertEquals("anger", entry.at("/reason").asText());
        assertEquals("negative", entry.at("/sentiment/label").asText());
        assertTrue(entry.at("/anger").asDouble() >= 0.7, entry.toString());
        assertTrue(entry.at("/trend").size() >= 2, entry.toString());
        String summary = entry.at("/summary").asText();
        assertTrue(summary.startsWith("Goal: Order status (\"where is my order?\")"), summary);
        assertTrue(summary.contains("Handed over on: \"THIS IS RIDICULOUS."), summary);
        assertTrue(entry.at("/lastMessages").size() >= 3);

        ApiClient.Response whileWaiting = chat.say("hello?? anyone there");
        assertEquals(0, whileWaiting.at("/replies").size(), whileWaiting.text());
        assertEquals("waiting_for_agent", whileWaiting.at("/status").asText());

        ApiClient.Response full = api.get("/api/v1/agent/conversations/" + chat.id(), agent);
        assertEquals(200, full.status(), full.text());
        assertEquals("anger", full.at("/reason").asText());
        JsonNode firstCustomer = full.at("/messages/1");
        assertEquals("order_status", firstCustomer.at("/nlu/intent/name").asText(), full.text());
    }

    @Test
    void anAgentTakesOverAnswersOverTheCustomersSocketAndHandsBackToTheBot() throws Exception {
        CustomerChat chat = startChat();
        ApiClient.Response handoff = chat.askForAPerson();
        assertEquals("waiting_for_agent", handoff.at("/status").asText(), handoff.text());
        String agent = api.login("admin", TestServer.ADMIN_PASSWORD);
        assertEquals("requested", AgentQueue.entry(api, agent, chat.id()).at("/reason").asText());

        String url = chat.socketUrl(server.port());
        try (CustomerSocketClient socket = new CustomerSocketClient(url)) {
            assertEquals(200, api.post("/api/v1/agent/conversations/" + chat.id() + "/claim", agent, ApiClient.object()).status());
            JsonNode status = socket.awaitFrame(f -> f.at("/type").asText().equals("status"), Duration.ofSeconds(10));
            assertEquals("with_agent", status.at("/status").asText());
            assertTrue(status.at("/agent/name").isNull(), "the admin account has no display name, and customers never see a username: " + status);

            api.post("/api/v1/agent/conversations/" + chat.id() + "/messages", agent, ApiClient.object().put("text", "Hi Dana, I'm on it."));
            JsonNode pushed = socket.awaitFrame(f -> f.at("/message/role").asText().equals("agent"), Duration.ofSeconds(10));
            assertEquals("Hi Dana, I'm on it.", pushed.at("/message/text").asText());
        }
        assertEquals(200, api.post("/api/v1/agent/conversations/" + chat.id() + "/release", agent, ApiClient.object()).status());
        ApiClient.Response after = chat.say("what payment methods do you accept?");
        assertEquals("bot", after.at("/status").asText());
        assertEquals(1, after.at("/replies").size(), after.text());
    }

    @Test
    void aCustomerWhoAsksForAPersonIsEscalatedWithReasonRequested() throws Exception {
        CustomerChat chat = startChat();
        ApiClient.Response turn = chat.say("can I talk to a real person please");
        assertEquals("waiting_for_agent", turn.at("/status").asText(), turn.text());
        String agent = api.login("admin", TestServer.ADMIN_PASSWORD);
        assertEquals("requested", AgentQueue.entry(api, agent, chat.id()).at("/reason").asText());
    }

    @Test
    void aClientCatchingUpGetsOnlyTheMessagesAfterTheLastItHas() throws Exception {
        CustomerChat chat = startChat();
        ApiClient.Response turn = chat.say("what payment methods do you accept?");
        long seen = turn.at("/message/seq").asLong();
        ApiClient.Response missed = api.get("/api/v1/conversations/" + chat.id() + "?afterSeq=" + seen, chat.token());
        assertEquals(200, missed.status(), missed.text());
        assertEquals(turn.at("/replies").findValuesAsText("id"), missed.at("/messages").findValuesAsText("id"));
        long last = turn.at("/replies/0/seq").asLong();
        assertEquals(0, api.get("/api/v1/conversations/" + chat.id() + "?afterSeq=" + last, chat.token()).at("/messages").size());
    }

    @Test
    void aRetriedClientMessageIdReturnsTheFirstResultAndStoresNothingTwice() throws Exception {
        CustomerChat chat = startChat();
        var body = ApiClient.object().put("text", "what payment methods do you accept?").put("clientMessageId", "retry-1");
        ApiClient.Response first = api.post("/api/v1/conversations/" + chat.id() + "/messages", chat.token(), body);
        ApiClient.Response again = api.post("/api/v1/conversations/" + chat.id() + "/messages", chat.token(), body);
        assertEquals(first.at("/message/id"), again.at("/message/id"));
        assertEquals(first.at("/replies"), again.at("/replies"));
        ApiClient.Response history = api.get("/api/v1/conversations/" + chat.id(), chat.token());
        assertEquals(3, history.at("/messages").size(), history.text());
    }
}
