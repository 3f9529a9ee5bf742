package dev.chatdesk.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.server.testing.ApiClient;
import dev.chatdesk.server.testing.FakePlatform;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Telegram as the tests play it: the fake Bot API, and updates shaped as in Telegram's documentation
 * (core.telegram.org/bots/webhooks, "Testing your bot with updates") sent to Chatdesk's webhook with
 * the secret token.
 */
final class TelegramPlatform implements AutoCloseable {
    static final String BOT_TOKEN = "123456:TEST-token";
    static final String SECRET_TOKEN = "telegram-webhook-secret";
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    final FakePlatform api = FakePlatform.start(FakePlatform.Answer.ok("{\"ok\":true,\"result\":{\"message_id\":1}}"));

    /** The environment that points Chatdesk's Telegram connector at the fake. */
    Map<String, String> environment() {
        return Map.of(
                "CHATDESK_CONNECTORS_TELEGRAM_BOT_TOKEN", BOT_TOKEN,
                "CHATDESK_CONNECTORS_TELEGRAM_SECRET_TOKEN", SECRET_TOKEN,
                "CHATDESK_CONNECTORS_TELEGRAM_API_BASE", api.baseUrl());
    }

    /** A new id for an update, a chat or a callback query. */
    static long newId() {
        return IDS.incrementAndGet();
    }

    /** An update with a text message from a user in their private chat. */
    static ObjectNode textUpdate(long updateId, long chatId, String text) {
        ObjectNode message = message(chatId);
        message.put("text", text);
        return update(updateId).set("message", message);
    }

    /** An update with a sticker. */
    static ObjectNode stickerUpdate(long updateId, long chatId) {
        ObjectNode message = message(chatId);
        message.putObject("sticker").put("file_id", "CAADAgADQAADyIsGAAE7MpzFPFQX5QI").put("width", 512).put("height", 512)
                .put("emoji", "\uD83D\uDE00");
        return update(updateId).set("message", message);
    }

    /** An update with a press of an inline-keyboard button carrying {@code data}, under a message in the chat. */
    static ObjectNode callbackUpdate(long updateId, long chatId, String callbackId, String data) {
        ObjectNode callback = ApiClient.object().put("id", callbackId).put("chat_instance", "-3472859234").put("data", data);
        callback.set("from", user(chatId));
        ObjectNode message = ApiClient.object().put("message_id", 1366).put("date", 1441645550).put("text", "Hi!");
        message.set("chat", chat(chatId));
        callback.set("message", message);
        return update(updateId).set("callback_query", callback);
    }

    /** Sends an update to the webhook with the right secret token. */
    static ApiClient.Response deliver(ApiClient client, ObjectNode update) throws Exception {
        return deliver(client, update, Map.of("X-Telegram-Bot-Api-Secret-Token", SECRET_TOKEN));
    }

    /** Sends an update to the webhook with the given headers. */
    static ApiClient.Response deliver(ApiClient client, Object update, Map<String, String> headers) throws Exception {
        String body = update instanceof String text ? text : ApiClient.JSON.writeValueAsString(update);
        return client.postWithHeaders("/webhooks/telegram", headers, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a call is a {@code sendMessage} to the chat. */
    static boolean sendMessageTo(FakePlatform.ApiCall call, long chatId) {
        return call.to("/bot" + BOT_TOKEN + "/sendMessage") && call.json().at("/chat_id").asLong() == chatId;
    }

    /** Waits for at least {@code count} sendMessage calls to the chat and returns them all. */
    List<FakePlatform.ApiCall> awaitMessages(long chatId, int count) throws InterruptedException {
        return api.awaitCalls(call -> sendMessageTo(call, chatId), count, WAIT);
    }

    /** The texts of sendMessage calls. */
    static List<String> texts(List<FakePlatform.ApiCall> calls) {
        return calls.stream().map(call -> call.json().at("/text").asText()).toList();
    }

    /** The inline keyboard's buttons of a sendMessage call, a row each. */
    static List<JsonNode> buttons(FakePlatform.ApiCall call) {
        List<JsonNode> buttons = new ArrayList<>();
        call.json().at("/reply_markup/inline_keyboard").forEach(row -> row.forEach(buttons::add));
        return buttons;
    }

    private static ObjectNode update(long updateId) {
        return ApiClient.object().put("update_id", updateId);
    }

    private static ObjectNode message(long chatId) {
        ObjectNode message = ApiClient.object().put("date", 1441645532).put("message_id", 1365);
        message.set("chat", chat(chatId));
        message.set("from", user(chatId));
        return message;
    }

    private static ObjectNode chat(long chatId) {
        return ApiClient.object().put("last_name", "Test Lastname").put("id", chatId).put("type", "private")
                .put("first_name", "Test Firstname").put("username", "Testusername");
    }

    private static ObjectNode user(long userId) {
        return ApiClient.object().put("last_name", "Test Lastname").put("id", userId).put("first_name", "Test Firstname")
                .put("username", "Testusername");
    }

    @Override
    public void close() {
        api.close();
    }
}
