package dev.chatdesk.connectors.whatsapp;

import dev.chatdesk.connectors.platform.ButtonTitles;
import dev.chatdesk.connectors.platform.NumberedOptions;
import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.channel.OutboundMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A message as the Cloud API's {@code /messages} call takes it. Quick replies become what WhatsApp
 * allows: up to 3 as reply buttons, up to 10 as a list message (one section, opened with a
 * "Choose" button), and more than that, or a text too long for an interactive message, as
 * numbered lines of text ({@link NumberedOptions}) that the customer answers with a number.
 */
final class WhatsAppMessages {
    static final int MAX_BUTTONS = 3;
    static final int MAX_BUTTON_TITLE = 20;
    static final int MAX_BUTTON_ID = 256;
    static final int MAX_ROWS = 10;
    static final int MAX_ROW_TITLE = 24;
    static final int MAX_ROW_ID = 200;
    /** The longest body of an interactive message. */
    static final int MAX_INTERACTIVE_TEXT = 1024;
    static final String LIST_BUTTON = "Choose";

    /** The shapes a message takes. */
    enum Form { PLAIN, BUTTONS, LIST, NUMBERED }

    private WhatsAppMessages() {}

    /** The shape WhatsApp allows for this message. */
    static Form form(OutboundMessage message) {
        List<QuickReply> options = message.quickReplies();
        if (options.isEmpty()) {
            return Form.PLAIN;
        }
        boolean interactive = !message.text().isBlank() && message.text().length() <= MAX_INTERACTIVE_TEXT;
        if (interactive && options.size() <= MAX_BUTTONS && fits(options, MAX_BUTTON_TITLE, MAX_BUTTON_ID)) {
            return Form.BUTTONS;
        }
        if (interactive && options.size() <= MAX_ROWS && fits(options, MAX_ROW_TITLE, MAX_ROW_ID)) {
            return Form.LIST;
        }
        return Form.NUMBERED;
    }

    /** Whether the message's quick replies go out as numbered text, answered with a number. */
    static boolean numbered(OutboundMessage message) {
        return form(message) == Form.NUMBERED;
    }

    /** The call's JSON body sending {@code message} to the phone number {@code to}. */
    static JsonObject body(String to, OutboundMessage message) {
        JsonObject body = new JsonObject().put("messaging_product", "whatsapp").put("recipient_type", "individual").put("to", to);
        return switch (form(message)) {
            case PLAIN -> text(body, message.text());
            case NUMBERED -> text(body, NumberedOptions.render(message));
            case BUTTONS -> interactive(body, "button", message.text(), new JsonObject().put("buttons", buttons(message.quickReplies())));
            case LIST -> interactive(body, "list", message.text(), new JsonObject()
                    .put("button", LIST_BUTTON)
                    .put("sections", new JsonArray().add(new JsonObject().put("rows", rows(message.quickReplies())))));
        };
    }

    private static boolean fits(List<QuickReply> options, int maxTitle, int maxId) {
        return ButtonTitles.distinct(options, maxTitle) && options.stream().allMatch(option -> option.payload().length() <= maxId);
    }

    private static JsonObject text(JsonObject body, String text) {
        return body.put("type", "text").put("text", new JsonObject().put("body", text));
    }

    private static JsonObject interactive(JsonObject body, String type, String text, JsonObject action) {
        return body.put("type", "interactive").put("interactive", new JsonObject()
                .put("type", type)
                .put("body", new JsonObject().put("text", text))
                .put("action", action));
    }

    private static JsonArray buttons(List<QuickReply> options) {
        JsonArray buttons = new JsonArray();
        for (QuickReply option : options) {
            buttons.add(new JsonObject().put("type", "reply").put("reply", new JsonObject()
                    .put("id", option.payload())
                    .put("title", ButtonTitles.fit(option.title(), MAX_BUTTON_TITLE))));
        }
        return buttons;
    }

    private static JsonArray rows(List<QuickReply> options) {
        JsonArray rows = new JsonArray();
        for (QuickReply option : options) {
            rows.add(new JsonObject().put("id", option.payload()).put("title", ButtonTitles.fit(option.title(), MAX_ROW_TITLE)));
        }
        return rows;
    }
}
