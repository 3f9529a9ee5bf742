package dev.chatdesk.server.e2e;

import static dev.chatdesk.server.e2e.TelegramPlatform.deliver;
import static dev.chatdesk.server.e2e.TelegramPlatform.newId;
import static dev.chatdesk.server.e2e.TelegramPlatform.textUpdate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.server.testing.ApiClient;
import dev.chatdesk.server.testing.FakePlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Telegram customer's conversation reaches agents as a web chat does, and the agent's words go
 * back to the customer's Telegram chat.
 */
class TelegramEscalationTest {
    private static final String ASKS_FOR_A_PERSON = "can I talk to a real person please";
    private static final String FIRST_QUESTION = "what payment methods do you accept?";

    private static TelegramPlatform telegram;
    private static TestServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        telegram = new TelegramPlatform();
        server = TestServer.start(telegram.environment());
        api = server.client();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void anEscalatedTelegramChatReachesTheQueueWithItsHistoryAndTheAgentsReplyArrivesAsSendMessage() throws Exception {
        long chat = newId();
        deliver(api, textUpdate(newId(), chat, FIRST_QUESTION));
        telegram.awaitMessages(chat, 2);
        deliver(api, textUpdate(newId(), chat, ASKS_FOR_A_PERSON));
        telegram.awaitMessages(chat, 3);

        String agent = api.login("admin", TestServer.ADMIN_PASSWORD);
        JsonNode entry = queueEntry(agent, chat);
        assertEquals("requested", entry.at("/reason").asText(), entry.toString());
        assertEquals("Test Firstname Test Lastname", entry.at("/customer/name").asText());
        String conversationId = entry.at("/conversationId").asText();
        List<String> history = texts(api.get("/api/v1/agent/conversations/" + conversationId, agent).at("/messages"), "customer");
        assertEquals(List.of(FIRST_QUESTION, ASKS_FOR_A_PERSON), history);

        assertEquals(200, api.post("/api/v1/agent/conversations/" + conversationId + "/claim", agent, ApiClient.object()).status());
        String reply = "Hi, I'm Grace from the shop. Which order is it about?";
        ApiClient.Response sent = api.post("/api/v1/agent/conversations/" + conversationId + "/messages", agent,
                ApiClient.object().put("text", reply));
        assertEquals(200, sent.status(), sent.text());

        telegram.api.awaitCalls(call -> TelegramPlatform.sendMessageTo(call, chat) && call.json().at("/text").asText().equals(reply),
                1, TelegramPlatform.WAIT);
    }

    @Test
    void aMessageTelegramRefusesIsRecordedOnTheConversationForAgents() throws Exception {
        long chat = newId();
        telegram.api.answerEvery(call -> TelegramPlatform.sendMessageTo(call, chat), new FakePlatform.Answer(403, Map.of(),
                "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}"));
        deliver(api, textUpdate(newId(), chat, ASKS_FOR_A_PERSON));

        String agent = api.login("admin", TestServer.ADMIN_PASSWORD);
        String conversationId = queueEntry(agent, chat).at("/conversationId").asText();
        List<String> notes = awaitNotes(agent, conversationId);
        assertTrue(notes.get(0).startsWith("Could not deliver message 1 to Telegram"), notes.toString());
        assertTrue(notes.get(0).contains("bot was blocked by the user"), notes.toString());
    }

    /** The chat's entry in the agents' queue, waiting for the escalating turn to be stored. */
    private static JsonNode queueEntry(String agent, long chat) throws Exception {
        long deadline = System.nanoTime() + TelegramPlatform.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode entry : api.get("/api/v1/agent/queue", agent).json()) {
                if (entry.at("/channel").asText().equals("telegram") && entry.at("/customer/externalId").asText().equals(Long.toString(chat))) {
                    return entry;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the Telegram chat " + chat + " never reached the queue");
    }

    /** The conversation's internal notes, once there are any. */
    private static List<String> awaitNotes(String agent, String conversationId) throws Exception {
        long deadline = System.nanoTime() + TelegramPlatform.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> notes = texts(api.get("/api/v1/agent/conversations/" + conversationId, agent).at("/messages"), "note");
            if (!notes.isEmpty()) {
                return notes;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no note was recorded on " + conversationId);
    }

    private static List<String> texts(JsonNode messages, String role) {
        List<String> texts = new ArrayList<>();
        messages.forEach(m -> {
            if (m.at("/role").asText().equals(role)) {
                texts.add(m.at("/text").asText());
            }
        });
        return texts;
    }
}
