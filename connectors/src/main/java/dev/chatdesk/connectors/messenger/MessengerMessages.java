package dev.chatdesk.connectors.messenger;

import dev.chatdesk.connectors.platform.ButtonTitles;
import dev.chatdesk.connectors.platform.NumberedOptions;
import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.channel.OutboundMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A message as the Send API takes it, as a response to the customer ({@code messaging_type: RESPONSE}).
 * Quick replies become Messenger's quick replies (at most 13, titles cut to 20 characters); more
 * than 13, or a payload longer than Messenger keeps, are sent as numbered text ({@link NumberedOptions})
 * that the customer answers with a number.
 */
final class MessengerMessages {
    static final int MAX_QUICK_REPLIES = 13;
    static final int MAX_TITLE = 20;
    static final int MAX_PAYLOAD = 1000;

    private MessengerMessages() {}

    /** Whether the message's quick replies go out as numbered text instead of Messenger's quick replies. */
    static boolean numbered(OutboundMessage message) {
        return message.quickReplies().size() > MAX_QUICK_REPLIES
                || message.quickReplies().stream().anyMatch(option -> option.payload().length() > MAX_PAYLOAD);
    }

    /** The call's JSON body sending {@code message} to the page-scoped user id {@code psid}. */
    static JsonObject body(String psid, OutboundMessage message) {
        JsonObject content = new JsonObject();
        if (numbered(message)) {
            content.put("text", NumberedOptions.render(message));
        } else {
            content.put("text", message.text());
            if (!message.quickReplies().isEmpty()) {
                JsonArray quickReplies = new JsonArray();
                for (QuickReply option : message.quickReplies()) {
                    quickReplies.add(new JsonObject()
                            .put("content_type", "text")
                            .put("title", ButtonTitles.fit(option.title(), MAX_TITLE))
                            .put("payload", option.payload()));
                }
                content.put("quick_replies", quickReplies);
            }
        }
        return new JsonObject()
                .put("recipient", new JsonObject().put("id", psid))
                .put("messaging_type", "RESPONSE")
                .put("message", content);
    }
}
