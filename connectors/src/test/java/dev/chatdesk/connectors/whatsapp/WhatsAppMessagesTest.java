package dev.chatdesk.connectors.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.channel.OutboundMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Messages in the shapes of the Cloud API's text, interactive reply buttons and interactive list messages. */
class WhatsAppMessagesTest {
    private static final String TO = "16505551234";

    private static OutboundMessage withOptions(int count) {
        return new OutboundMessage("How can I help?", IntStream.rangeClosed(1, count)
                .mapToObj(i -> new QuickReply("Option " + i, "/option_" + i)).toList());
    }

    @Test
    void aPlainTextIsATextMessage() {
        JsonObject body = WhatsAppMessages.body(TO, OutboundMessage.text("Hello!"));

        assertEquals("whatsapp", body.getString("messaging_product"));
        assertEquals(TO, body.getString("to"));
        assertEquals("text", body.getString("type"));
        assertEquals("Hello!", body.getJsonObject("text").getString("body"));
    }

    @Test
    void upToThreeQuickRepliesAreReplyButtonsWithThePayloadAsId() {
        JsonObject interactive = WhatsAppMessages.body(TO, withOptions(3)).getJsonObject("interactive");

        assertEquals("button", interactive.getString("type"));
        assertEquals("How can I help?", interactive.getJsonObject("body").getString("text"));
        JsonArray buttons = interactive.getJsonObject("action").getJsonArray("buttons");
        assertEquals(3, buttons.size());
        assertEquals("reply", buttons.getJsonObject(0).getString("type"));
        assertEquals("/option_1", buttons.getJsonObject(0).getJsonObject("reply").getString("id"));
        assertEquals("Option 1", buttons.getJsonObject(0).getJsonObject("reply").getString("title"));
    }

    @Test
    void buttonTitlesAreCutToTwentyCharacters() {
        OutboundMessage message = new OutboundMessage("Delivered?", List.of(new QuickReply("It says delivered but isn't here", "/delivery_problem")));

        String title = WhatsAppMessages.body(TO, message).getJsonObject("interactive").getJsonObject("action").getJsonArray("buttons")
                .getJsonObject(0).getJsonObject("reply").getString("title");
        assertEquals(20, title.length(), title);
        assertTrue(title.endsWith("…"), title);
    }

    @Test
    void fourToTenQuickRepliesAreAListMessage() {
        JsonObject interactive = WhatsAppMessages.body(TO, withOptions(4)).getJsonObject("interactive");

        assertEquals("list", interactive.getString("type"));
        JsonObject action = interactive.getJsonObject("action");
        assertEquals(WhatsAppMessages.LIST_BUTTON, action.getString("button"));
        JsonArray rows = action.getJsonArray("sections").getJsonObject(0).getJsonArray("rows");
        assertEquals(4, rows.size());
        assertEquals("/option_4", rows.getJsonObject(3).getString("id"));
        assertFalse(WhatsAppMessages.numbered(withOptions(10)));
    }

    @Test
    void moreThanTenQuickRepliesAreNumberedText() {
        OutboundMessage message = withOptions(11);
        JsonObject body = WhatsAppMessages.body(TO, message);

        assertEquals("text", body.getString("type"));
        String text = body.getJsonObject("text").getString("body");
        assertTrue(text.startsWith("How can I help?"), text);
        assertTrue(text.contains("\n1. Option 1\n") && text.contains("\n11. Option 11\n"), text);
        assertTrue(WhatsAppMessages.numbered(message));
    }

    @Test
    void aTextTooLongForAnInteractiveMessageListsItsOptionsAsNumberedText() {
        OutboundMessage message = new OutboundMessage("x".repeat(WhatsAppMessages.MAX_INTERACTIVE_TEXT + 1), withOptions(2).quickReplies());

        assertEquals("text", WhatsAppMessages.body(TO, message).getString("type"));
        assertTrue(WhatsAppMessages.numbered(message));
    }

    @Test
    void titlesThatCutToTheSameButtonAreNumberedText() {
        OutboundMessage message = new OutboundMessage("Which one?", List.of(
                new QuickReply("A very long title that ends one way", "/one"),
                new QuickReply("A very long title that ends another way", "/two")));

        assertTrue(WhatsAppMessages.numbered(message));
    }
}
