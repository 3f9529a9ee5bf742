package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Messenger connector against a fake Send API: signed page events in, {@code /me/messages}
 * calls out as responses to the PSID, quick replies as Messenger quick replies.
 */
class MessengerWebhookTest extends MetaWebhookContract<MessengerPlatform> {
    @Override
    MessengerPlatform createPlatform() {
        return new MessengerPlatform();
    }

    @Test
    void theGreetingIsAResponseWithItsQuickRepliesAsMessengerQuickReplies() throws Exception {
        String user = platform.newUser();
        deliver(platform.text(user, QUESTION));

        JsonNode greeting = platform.awaitMessages(user, 1).get(0).json();
        assertEquals("RESPONSE", greeting.at("/messaging_type").asText());
        JsonNode quickReplies = greeting.at("/message/quick_replies");
        assertFalse(quickReplies.isEmpty(), greeting.toString());
        for (JsonNode quickReply : quickReplies) {
            assertEquals("text", quickReply.at("/content_type").asText());
            assertTrue(quickReply.at("/title").asText().length() <= 20, greeting.toString());
            assertTrue(quickReply.at("/payload").asText().startsWith("/"), greeting.toString());
        }
    }

    @Test
    void aTappedQuickReplyIsAnsweredAsItsPayload() throws Exception {
        String user = platform.newUser();
        deliver(platform.quickReply(user, "/human_handoff"));

        assertTrue(platform.texts(platform.awaitMessages(user, 2)).get(1).contains("queue"), platform.texts(platform.messagesTo(user)).toString());
    }

    @Test
    void aPostbackIsAnsweredAsItsPayload() throws Exception {
        String user = platform.newUser();
        deliver(platform.postback(user, "/human_handoff"));

        assertTrue(platform.texts(platform.awaitMessages(user, 2)).get(1).contains("queue"), platform.texts(platform.messagesTo(user)).toString());
    }

    @Test
    void anEchoOfThePagesOwnMessageIsAcknowledgedAndIgnored() throws Exception {
        String user = platform.newUser();
        assertEquals(200, deliver(platform.echo(user)).status());

        // An echo comes from the page: had it been read, the page itself would have been greeted, long
        // before the user's question below is answered.
        deliver(platform.text(user, QUESTION));
        platform.awaitMessages(user, 2);
        assertEquals(List.of(), platform.messagesTo(MessengerPlatform.PAGE_ID));
    }
}
