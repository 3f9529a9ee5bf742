package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.server.testing.FakePlatform;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The WhatsApp connector against a fake Cloud API: signed notifications in, {@code /messages} calls
 * out in WhatsApp's format, quick replies as reply buttons or a list.
 */
class WhatsAppWebhookTest extends MetaWebhookContract<WhatsAppPlatform> {
    @Override
    WhatsAppPlatform createPlatform() {
        return new WhatsAppPlatform();
    }

    @Test
    void theGreetingsQuickRepliesAreReplyButtonsOrAListWithTheirPayloadsAsIds() throws Exception {
        String user = platform.newUser();
        deliver(platform.text(user, QUESTION));

        JsonNode greeting = platform.awaitMessages(user, 1).get(0).json();
        assertEquals("whatsapp", greeting.at("/messaging_product").asText());
        assertEquals("interactive", greeting.at("/type").asText(), greeting.toString());
        List<JsonNode> options = new ArrayList<>();
        String kind = greeting.at("/interactive/type").asText();
        if (kind.equals("button")) {
            greeting.at("/interactive/action/buttons").forEach(button -> options.add(button.at("/reply")));
            assertTrue(options.size() <= 3, greeting.toString());
        } else {
            assertEquals("list", kind, greeting.toString());
            greeting.at("/interactive/action/sections/0/rows").forEach(options::add);
        }
        assertFalse(options.isEmpty(), greeting.toString());
        for (JsonNode option : options) {
            assertTrue(option.at("/id").asText().startsWith("/"), greeting.toString());
            assertTrue(option.at("/title").asText().length() <= 20, greeting.toString());
        }
    }

    @Test
    void aPressedReplyButtonIsAnsweredAsItsPayload() throws Exception {
        String user = platform.newUser();
        deliver(platform.text(user, "hi"));
        platform.awaitMessages(user, 2);

        deliver(platform.buttonReply(user, "/human_handoff"));

        assertTrue(platform.texts(platform.awaitMessages(user, 3)).get(2).contains("queue"), platform.texts(platform.messagesTo(user)).toString());
    }

    @Test
    void aStatusUpdateIsAcknowledgedAndStartsNothing() throws Exception {
        String user = platform.newUser();
        assertEquals(200, deliver(platform.deliveredStatus(user)).status());

        // The user's messages are handled in order: had the status started a conversation, its greeting would come first.
        deliver(platform.text(user, QUESTION));
        List<FakePlatform.ApiCall> sent = platform.awaitMessages(user, 2);
        assertEquals(2, platform.messagesTo(user).size());
        assertTrue(platform.text(sent.get(1)).toLowerCase().contains("paypal"), platform.texts(sent).toString());
    }
}
