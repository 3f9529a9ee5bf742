package dev.chatdesk.connectors.telegram;

import dev.chatdesk.connectors.platform.ApiChannel;
import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.channel.OutboundMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.CompletableFuture;

/** Sends messages to Telegram chats with {@code sendMessage}; quick replies become an inline keyboard, a button a row. */
final class TelegramChannel extends ApiChannel {
    static final String NAME = "telegram";

    private final TelegramApi api;

    TelegramChannel(TelegramApi api) {
        super(NAME, TelegramApi.PLATFORM);
        this.api = api;
    }

    @Override
    public CompletableFuture<Void> send(String address, OutboundMessage message) {
        JsonObject parameters = new JsonObject()
                .put("chat_id", TelegramAddress.chatId(address))
                .put("text", message.text());
        if (!message.quickReplies().isEmpty()) {
            JsonArray rows = new JsonArray();
            for (QuickReply button : message.quickReplies()) {
                rows.add(new JsonArray().add(new JsonObject().put("text", button.title()).put("callback_data", button.payload())));
            }
            parameters.put("reply_markup", new JsonObject().put("inline_keyboard", rows));
        }
        return api.call("sendMessage", parameters).thenApply(answer -> null);
    }

}
