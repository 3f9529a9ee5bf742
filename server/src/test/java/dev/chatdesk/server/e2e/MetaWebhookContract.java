package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatdesk.server.testing.ApiClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Meta's webhooks add to every platform's: the verify-token handshake when the webhook URL is
 * saved; and what both Meta platforms answer a picture with.
 */
abstract class MetaWebhookContract<P extends MetaPlatform> extends PlatformWebhookContract<P> {
    @Test
    void theVerificationWithTheRightTokenIsAnsweredWithTheChallenge() throws Exception {
        ApiClient.Response answer = platform.verification(server.client(), "subscribe", MetaPlatform.VERIFY_TOKEN, "1158201444");

        assertEquals(200, answer.status(), answer.text());
        assertEquals("1158201444", answer.text());
    }

    @Test
    void theVerificationWithAWrongTokenIsRefusedWith403() throws Exception {
        ApiClient.Response answer = platform.verification(server.client(), "subscribe", "guess", "1158201444");

        assertEquals(403, answer.status(), answer.text());
        assertEquals("forbidden", answer.at("/error/code").asText());
    }

    @Test
    void anImageIsAnsweredThatOnlyTextIsRead() throws Exception {
        String user = platform.newUser();
        deliver(platform.image(user));

        assertEquals(List.of("Sorry, I can only read text messages."), platform.texts(platform.awaitMessages(user, 1)));
    }
}
