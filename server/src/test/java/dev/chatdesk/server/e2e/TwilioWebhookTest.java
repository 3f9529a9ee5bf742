package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.server.testing.ApiClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Twilio SMS connector against a fake REST API: signed incoming-message forms in, answered with
 * empty TwiML; replies out through {@code Messages.json}, quick replies as numbered options that a
 * bare number picks.
 */
class TwilioWebhookTest extends PlatformWebhookContract<TwilioPlatform> {
    @Override
    TwilioPlatform createPlatform() {
        return new TwilioPlatform();
    }

    @Test
    void anIncomingMessageIsAnsweredWithEmptyTwiml() throws Exception {
        ApiClient.Response ack = deliver(platform.text(platform.newUser(), QUESTION));

        assertEquals(200, ack.status(), ack.text());
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>", ack.text());
    }

    @Test
    void theGreetingListsItsQuickRepliesAsNumberedOptions() throws Exception {
        String user = platform.newUser();
        deliver(platform.text(user, QUESTION));

        String greeting = platform.texts(platform.awaitMessages(user, 1)).get(0);
        assertTrue(greeting.contains("\n\n1. Where is my order?\n2. "), greeting);
        assertTrue(greeting.endsWith("Reply with a number to choose."), greeting);
    }

    @Test
    void aBareNumberPicksThatOptionOfTheLastMessage() throws Exception {
        String user = platform.newUser();
        deliver(platform.text(user, "am I talking to a bot?"));
        String offer = platform.texts(platform.awaitMessages(user, 2)).get(1);
        assertTrue(offer.contains("\n1. "), "the answer offers a person: " + offer);

        deliver(platform.text(user, "1"));

        List<String> texts = platform.texts(platform.awaitMessages(user, 3));
        assertTrue(texts.get(2).contains("queue"), texts.toString());
    }

    @Test
    void aPictureWithoutTextIsAnsweredThatOnlyTextIsRead() throws Exception {
        String user = platform.newUser();
        deliver(platform.picture(user));

        assertEquals(List.of("Sorry, I can only read text messages."), platform.texts(platform.awaitMessages(user, 1)));
    }
}
