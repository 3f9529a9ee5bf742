package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.server.e2e.PlatformUnderTest.Delivery;
import dev.chatdesk.server.testing.ApiClient;
import dev.chatdesk.server.testing.FakePlatform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every signed platform webhook does, run against each platform's fake: the real server with
 * the demo bot, genuine deliveries in, the platform's API calls out. Each platform's test class
 * extends this with what is its own (buttons, handshakes, acknowledgements).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PlatformWebhookContract<P extends PlatformUnderTest> {
    /** A question the demo bot answers from its knowledge with a mention of PayPal. */
    static final String QUESTION = "what payment methods do you accept?";

    P platform;
    TestServer server;

    /** The platform under test, with its fake API running. */
    abstract P createPlatform();

    @BeforeAll
    void start() throws Exception {
        platform = createPlatform();
        server = TestServer.start(platform.environment());
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    /** Sends a rightly signed delivery. */
    ApiClient.Response deliver(Delivery delivery) throws Exception {
        return platform.deliver(server.client(), delivery);
    }

    @Test
    void aTextMessageOpensAConversationWithTheGreetingAndIsAnsweredThroughTheApi() throws Exception {
        String user = platform.newUser();
        ApiClient.Response ack = deliver(platform.text(user, QUESTION));
        assertEquals(200, ack.status(), ack.text());

        List<String> texts = platform.texts(platform.awaitMessages(user, 2));
        assertTrue(texts.get(1).toLowerCase().contains("paypal"), texts.toString());
    }

    @Test
    void aChineseMessageIsAnsweredInChineseAndTheAnswerReachesThePlatformUnchanged() throws Exception {
        String user = platform.newUser();
        ApiClient.Response ack = deliver(platform.text(user, ChineseAnswers.PAYMENT_QUESTION));
        assertEquals(200, ack.status(), ack.text());

        String answer = platform.texts(platform.awaitMessages(user, 2)).get(1);
        // word for word, followed by the answer's buttons where the platform shows them as text (SMS)
        assertTrue(ChineseAnswers.toPaymentQuestion().stream().anyMatch(answer::startsWith), answer);
    }

    @Test
    void aWrongOrMissingSignatureIsRefusedWith401AndNothingIsProcessed() throws Exception {
        String user = platform.newUser();
        Delivery delivery = platform.text(user, QUESTION);

        ApiClient.Response forged = platform.deliver(server.client(), delivery,
                Map.of(platform.signatureHeader(), platform.signature(platform.text(user, "another text"))));
        ApiClient.Response missing = platform.deliver(server.client(), delivery, Map.of());
        assertEquals(401, forged.status(), forged.text());
        assertEquals("unauthorized", forged.at("/error/code").asText());
        assertEquals(401, missing.status(), missing.text());

        // The refused deliveries left no trace: the same delivery, rightly signed, is new and answered.
        assertEquals(200, deliver(delivery).status());
        assertEquals(2, platform.awaitMessages(user, 2).size());
    }

    @Test
    void aReplayedDeliveryIsAcknowledgedAndProcessedOnce() throws Exception {
        String user = platform.newUser();
        Delivery delivery = platform.text(user, QUESTION);
        assertEquals(200, deliver(delivery).status());
        assertEquals(200, deliver(delivery).status());
        platform.awaitMessages(user, 2);

        // Messages of a user are handled in order: once the follow-up is answered, anything the replay caused was sent.
        deliver(platform.text(user, "how much is shipping?"));
        platform.awaitMessages(user, 3);
        assertEquals(3, platform.messagesTo(user).size(), platform.texts(platform.messagesTo(user)).toString());
    }

    @Test
    void aReplyAnswered429IsRetriedNoEarlierThanItsRetryAfter() throws Exception {
        String user = platform.newUser();
        platform.api().answerNext(call -> platform.isMessageTo(call, user), platform.tooManyRequests(1));
        deliver(platform.text(user, QUESTION));

        List<FakePlatform.ApiCall> attempts = platform.awaitMessages(user, 2);
        assertEquals(attempts.get(0).body(), attempts.get(1).body());
        Duration waited = Duration.between(attempts.get(0).receivedAt(), attempts.get(1).receivedAt());
        assertTrue(waited.compareTo(Duration.ofSeconds(1)) >= 0, "retried after " + waited);
    }
}
