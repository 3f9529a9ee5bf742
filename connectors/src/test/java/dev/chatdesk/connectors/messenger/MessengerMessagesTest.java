package dev.chatdesk.connectors.messenger;

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

/** Messages in the Send API's shape, quick replies as Messenger's text quick replies. */
class MessengerMessagesTest {
    private static final String PSID = "6045125285519001";

    private static OutboundMessage withOptions(int count) {
        return new OutboundMessage("How can I help?", IntStream.rangeClosed(1, count)
                .mapToObj(i -> new QuickReply("Option " + i, "/option_" + i)).toList());
    }

    @Test
    void aMessageIsAResponseToThePsid() {
        JsonObject body = MessengerMessages.body(PSID, OutboundMessage.text("Hello!"));

        assertEquals(PSID, body.getJsonObject("recipient").getString("id"));
        assertEquals("RESPONSE", body.getString("messaging_type"));
        assertEquals("Hello!", body.getJsonObject("message").getString("text"));
        assertFalse(body.getJsonObject("message").containsKey("quick_replies"));
    }

    @Test
    void quickRepliesAreTextQuickRepliesWithTheirPayloads() {
        JsonArray quickReplies = MessengerMessages.body(PSID, withOptions(13)).getJsonObject("message").getJsonArray("quick_replies");

        assertEquals(13, quickReplies.size());
        JsonObject first = quickReplies.getJsonObject(0);
        assertEquals("text", first.getString("content_type"));
        assertEquals("Option 1", first.getString("title"));
        assertEquals("/option_1", first.getString("payload"));
    }

    @Test
    void titlesAreCutToTwentyCharacters() {
        OutboundMessage message = new OutboundMessage("Delivered?", List.of(new QuickReply("It says delivered but isn't here", "/delivery_problem")));

        String title = MessengerMessages.body(PSID, message).getJsonObject("message").getJsonArray("quick_replies").getJsonObject(0)
                .getString("title");
        assertEquals(20, title.length(), title);
    }

    @Test
    void moreThanThirteenQuickRepliesAreNumberedText() {
        OutboundMessage message = withOptions(14);
        JsonObject content = MessengerMessages.body(PSID, message).getJsonObject("message");

        assertFalse(content.containsKey("quick_replies"));
        assertTrue(content.getString("text").contains("\n14. Option 14\n"), content.getString("text"));
        assertTrue(MessengerMessages.numbered(message));
    }
}
