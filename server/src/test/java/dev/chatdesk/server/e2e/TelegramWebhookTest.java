package dev.chatdesk.server.e2e;

import static dev.chatdesk.server.e2e.TelegramPlatform.buttons;
import static dev.chatdesk.server.e2e.TelegramPlatform.callbackUpdate;
import static dev.chatdesk.server.e2e.TelegramPlatform.deliver;
import static dev.chatdesk.server.e2e.TelegramPlatform.newId;
import static dev.chatdesk.server.e2e.TelegramPlatform.stickerUpdate;
import static dev.chatdesk.server.e2e.TelegramPlatform.textUpdate;
import static dev.chatdesk.server.e2e.TelegramPlatform.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.connectors.platform.ChannelAddress;
import dev.chatdesk.connectors.platform.InboundMessage;
import dev.chatdesk.connectors.platform.InboundMessageJson;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.server.testing.ApiClient;
import dev.chatdesk.server.testing.FakePlatform;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import dev.chatdesk.storage.sqlite.SqliteStorage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Telegram connector against a fake Bot API: genuine updates with the webhook's secret token
 * go in, replies come out as Bot API calls in Telegram's format.
 */
class TelegramWebhookTest {
    private static TelegramPlatform telegram;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        telegram = new TelegramPlatform();
        server = TestServer.start(telegram.environment());
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
    void aTextMessageOpensAConversationWithTheGreetingAndIsAnsweredWithSendMessage() throws Exception {
        long chat = newId();
        ApiClient.Response ack = deliver(server.client(), textUpdate(newId(), chat, "what payment methods do you accept?"));
        assertEquals(200, ack.status(), ack.text());

        List<FakePlatform.ApiCall> sent = telegram.awaitMessages(chat, 2);
        assertFalse(buttons(sent.get(0)).isEmpty(), "the greeting offers its quick replies: " + sent.get(0).body());
        assertTrue(texts(sent).get(1).toLowerCase().contains("paypal"), texts(sent).toString());
    }

    @Test
    void aChineseMessageIsAnsweredInChineseAndTheAnswerReachesTelegramUnchanged() throws Exception {
        long chat = newId();
        ApiClient.Response ack = deliver(server.client(), textUpdate(newId(), chat, ChineseAnswers.PAYMENT_QUESTION));
        assertEquals(200, ack.status(), ack.text());

        String answer = texts(telegram.awaitMessages(chat, 2)).get(1);
        assertTrue(ChineseAnswers.toPaymentQuestion().contains(answer), answer);
    }

    @Test
    void startOpensTheConversationWithTheGreetingsButtonsAsAnInlineKeyboard() throws Exception {
        long chat = newId();
        deliver(server.client(), textUpdate(newId(), chat, "/start"));

        FakePlatform.ApiCall greeting = telegram.awaitMessages(chat, 1).get(0);
        List<JsonNode> keyboard = buttons(greeting);
        assertFalse(keyboard.isEmpty(), greeting.body());
        for (JsonNode button : keyboard) {
            assertFalse(button.at("/text").asText().isBlank(), greeting.body());
            assertTrue(button.at("/callback_data").asText().startsWith("/"), greeting.body());
        }
    }

    @Test
    void aPressedButtonIsAcknowledgedAndAnsweredAsItsPayload() throws Exception {
        long chat = newId();
        deliver(server.client(), textUpdate(newId(), chat, "/start"));
        String payload = buttons(telegram.awaitMessages(chat, 1).get(0)).get(0).at("/callback_data").asText();

        String callbackId = "cb-" + newId();
        deliver(server.client(), callbackUpdate(newId(), chat, callbackId, payload));

        telegram.api.awaitCalls(call -> call.to("/answerCallbackQuery") && call.json().at("/callback_query_id").asText().equals(callbackId),
                1, TelegramPlatform.WAIT);
        List<FakePlatform.ApiCall> sent = telegram.awaitMessages(chat, 2);
        assertFalse(texts(sent).get(1).isBlank());
    }

    @Test
    void aStickerIsAnsweredThatOnlyTextIsRead() throws Exception {
        long chat = newId();
        deliver(server.client(), stickerUpdate(newId(), chat));

        assertEquals(List.of("Sorry, I can only read text messages."), texts(telegram.awaitMessages(chat, 1)));
    }

    @Test
    void aWrongOrMissingSecretTokenIsRefusedWith401AndNothingIsProcessed() throws Exception {
        long chat = newId();
        ObjectNode update = textUpdate(newId(), chat, "what payment methods do you accept?");

        ApiClient.Response wrong = deliver(server.client(), update, Map.of("X-Telegram-Bot-Api-Secret-Token", "guess"));
        ApiClient.Response missing = deliver(server.client(), update, Map.of());
        assertEquals(401, wrong.status(), wrong.text());
        assertEquals("unauthorized", wrong.at("/error/code").asText());
        assertEquals(401, missing.status(), missing.text());

        // The refused deliveries left no trace: the same update, rightly signed, is new and answered.
        assertEquals(200, deliver(server.client(), update).status());
        assertEquals(2, telegram.awaitMessages(chat, 2).size());
    }

    @Test
    void malformedJsonWithTheRightSecretIsA400() throws Exception {
        ApiClient.Response response = deliver(server.client(), "{\"update_id\": ", Map.of("X-Telegram-Bot-Api-Secret-Token",
                TelegramPlatform.SECRET_TOKEN));
        assertEquals(400, response.status(), response.text());
        assertEquals("invalid_request", response.at("/error/code").asText());
    }

    @Test
    void aReplayedUpdateIsAcknowledgedAndProcessedOnce() throws Exception {
        long chat = newId();
        ObjectNode update = textUpdate(newId(), chat, "what payment methods do you accept?");
        assertEquals(200, deliver(server.client(), update).status());
        assertEquals(200, deliver(server.client(), update).status());

        assertEquals(3, answersAfterAFollowUp(chat).size());
    }

    @Test
    void aReplayedUpdateIsProcessedOnceAcrossARestart() throws Exception {
        long chat = newId();
        ObjectNode update = textUpdate(newId(), chat, "what payment methods do you accept?");
        deliver(server.client(), update);
        telegram.awaitMessages(chat, 2);

        server.close();
        server = TestServer.startOn(server.dataDir(), telegram.environment());
        assertEquals(200, deliver(server.client(), update).status());

        assertEquals(3, answersAfterAFollowUp(chat).size());
    }

    @Test
    void anUpdateAcknowledgedButNotProcessedWhenTheServerDiedIsProcessedAtTheNextStart() throws Exception {
        long chat = newId();
        server.close();
        // What the webhook had stored and acknowledged when the server died, before it got to the message.
        InboundMessage update = InboundMessage.text(Long.toString(newId()), ChannelAddress.join(Long.toString(chat), Long.toString(chat)),
                Customer.ANONYMOUS, "what payment methods do you accept?");
        try (JdbcStorage storage = openStore()) {
            assertTrue(storage.deliveries().firstDelivery("telegram", update.deliveryId(), InboundMessageJson.encode(update)));
        }

        server = TestServer.startOn(server.dataDir(), telegram.environment());

        List<FakePlatform.ApiCall> sent = telegram.awaitMessages(chat, 2);
        assertTrue(texts(sent).get(1).toLowerCase().contains("paypal"), texts(sent).toString());
        assertEquals(200, deliver(server.client(), textUpdate(Long.parseLong(update.deliveryId()), chat, "a retry")).status());
        assertEquals(3, answersAfterAFollowUp(chat).size(), "processed once, and the platform's retry ignored");
    }

    @Test
    void aReplyStoredButNotSentWhenTheServerDiedIsSentAtTheNextStart() throws Exception {
        long chat = newId();
        deliver(server.client(), textUpdate(newId(), chat, "what payment methods do you accept?"));
        telegram.awaitMessages(chat, 2);
        String address = ChannelAddress.join(Long.toString(chat), Long.toString(chat));
        server.close();
        // A reply the server had stored when it died, before Telegram's API got it.
        try (JdbcStorage storage = openStore()) {
            String conversationId = storage.conversations().findOpen("telegram", address).orElseThrow().id();
            storage.conversations().append(conversationId, NewMessage.of(Role.BOT, "You can also pay by bank transfer."));
        }

        server = TestServer.startOn(server.dataDir(), telegram.environment());

        List<FakePlatform.ApiCall> sent = telegram.awaitMessages(chat, 3);
        assertEquals("You can also pay by bank transfer.", texts(sent).get(2));
        assertEquals(4, answersAfterAFollowUp(chat).size(), "what was delivered before is not sent again");
    }

    private static JdbcStorage openStore() {
        return SqliteStorage.open(server.dataDir().resolve("chatdesk.db"), Clock.systemUTC());
    }

    @Test
    void aSendMessageAnswered429IsRetriedNoEarlierThanTelegramAsks() throws Exception {
        long chat = newId();
        telegram.api.answerNext(call -> TelegramPlatform.sendMessageTo(call, chat), new FakePlatform.Answer(429, Map.of(),
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}"));
        deliver(server.client(), textUpdate(newId(), chat, "/start"));

        List<FakePlatform.ApiCall> attempts = telegram.awaitMessages(chat, 2);
        assertEquals(attempts.get(0).body(), attempts.get(1).body());
        Duration waited = Duration.between(attempts.get(0).receivedAt(), attempts.get(1).receivedAt());
        assertTrue(waited.compareTo(Duration.ofSeconds(1)) >= 0, "retried after " + waited);
    }

    /**
     * The sendMessage calls to a chat once a follow-up message is answered too: messages of a chat
     * are handled in order, so anything a replay caused has been sent by then.
     */
    private static List<FakePlatform.ApiCall> answersAfterAFollowUp(long chat) throws Exception {
        int before = telegram.awaitMessages(chat, 2).size();
        deliver(server.client(), textUpdate(newId(), chat, "how much is shipping?"));
        telegram.awaitMessages(chat, before + 1);
        return telegram.api.calls(call -> TelegramPlatform.sendMessageTo(call, chat));
    }
}
