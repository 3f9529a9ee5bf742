package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.server.testing.ApiClient;
import dev.chatdesk.server.testing.FakePlatform;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generic webhook against a fake receiver: signed messages in at {@code /webhooks/generic},
 * signed replies out to the callback URL.
 */
class GenericWebhookTest {
    private static final String SECRET = "generic-shared-secret";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis());

    private static FakePlatform receiver;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        receiver = FakePlatform.start(new FakePlatform.Answer(200, Map.of(), ""));
        server = TestServer.start(Map.of(
                "CHATDESK_CONNECTORS_GENERIC_SECRET", SECRET,
                "CHATDESK_CONNECTORS_GENERIC_CALLBACK_URL", receiver.baseUrl() + "/replies"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void aSignedMessageIsAnsweredAtTheCallbackUrlSignedTheSameWay() throws Exception {
        String user = "u-" + IDS.incrementAndGet();
        ApiClient.Response ack = deliver(message(user).put("name", "Dana").put("text", "what payment methods do you accept?"));
        assertEquals(200, ack.status(), ack.text());

        List<FakePlatform.ApiCall> replies = awaitReplies(user, 2);
        for (FakePlatform.ApiCall reply : replies) {
            assertEquals(sign(reply.body()), reply.headers().get("x-chatdesk-signature"), reply.body());
        }
        assertTrue(replies.get(0).json().at("/quickReplies").size() > 0, "the greeting offers its buttons: " + replies.get(0).body());
        assertTrue(replies.get(1).json().at("/text").asText().toLowerCase().contains("paypal"), replies.get(1).body());
    }

    @Test
    void aChineseMessageIsAnsweredInChineseAndTheAnswerReachesTheCallbackUnchanged() throws Exception {
        String user = "u-" + IDS.incrementAndGet();
        ApiClient.Response ack = deliver(message(user).put("text", ChineseAnswers.PAYMENT_QUESTION));
        assertEquals(200, ack.status(), ack.text());

        String answer = awaitReplies(user, 2).get(1).json().at("/text").asText();
        assertTrue(ChineseAnswers.toPaymentQuestion().contains(answer), answer);
    }

    @Test
    void aPayloadIsTakenAsThePressedQuickReply() throws Exception {
        String user = "u-" + IDS.incrementAndGet();
        deliver(message(user).put("chatId", "support").put("payload", "/human_handoff"));

        FakePlatform.ApiCall reply = awaitReplies(user, 2).get(1);
        assertEquals("support", reply.json().at("/chatId").asText());
        assertTrue(reply.json().at("/text").asText().contains("queue"), reply.body());
    }

    @Test
    void aWrongOrMissingSignatureIsRefusedWith401AndNothingIsProcessed() throws Exception {
        String user = "u-" + IDS.incrementAndGet();
        byte[] body = ApiClient.JSON.writeValueAsBytes(message(user).put("text", "hello"));

        ApiClient.Response wrong = post(body, Map.of("X-Chatdesk-Signature", "sha256=" + "0".repeat(64)));
        ApiClient.Response missing = post(body, Map.of());
        assertEquals(401, wrong.status(), wrong.text());
        assertEquals("unauthorized", wrong.at("/error/code").asText());
        assertEquals(401, missing.status(), missing.text());

        assertEquals(200, post(body, Map.of("X-Chatdesk-Signature", sign(new String(body, StandardCharsets.UTF_8)))).status());
        assertEquals(2, awaitReplies(user, 2).size());
    }

    @Test
    void aRepeatedDeliveryIdIsAcknowledgedAndProcessedOnce() throws Exception {
        String user = "u-" + IDS.incrementAndGet();
        ObjectNode first = message(user).put("text", "what payment methods do you accept?");
        assertEquals(200, deliver(first).status());
        assertEquals(200, deliver(first).status());
        awaitReplies(user, 2);

        deliver(message(user).put("text", "how much is shipping?"));
        awaitReplies(user, 3);
        assertEquals(3, receiver.calls(call -> isReplyTo(call, user)).size());
    }

    @Test
    void aCallbackAnswered429IsRetriedNoEarlierThanItsRetryAfter() throws Exception {
        String user = "u-" + IDS.incrementAndGet();
        receiver.answerNext(call -> isReplyTo(call, user), new FakePlatform.Answer(429, Map.of("Retry-After", "1"), ""));
        deliver(message(user).put("text", "hi"));

        List<FakePlatform.ApiCall> attempts = awaitReplies(user, 2);
        assertEquals(attempts.get(0).body(), attempts.get(1).body());
        Duration waited = Duration.between(attempts.get(0).receivedAt(), attempts.get(1).receivedAt());
        assertTrue(waited.compareTo(Duration.ofSeconds(1)) >= 0, "retried after " + waited);
    }

    @Test
    void aMessageWithBothTextAndPayloadIsA400() throws Exception {
        ApiClient.Response response = deliver(message("u-" + IDS.incrementAndGet()).put("text", "hi").put("payload", "/greet"));
        assertEquals(400, response.status(), response.text());
        assertFalse(response.at("/error/message").asText().isBlank());
    }

    private static ObjectNode message(String user) {
        return ApiClient.object().put("deliveryId", "d-" + IDS.incrementAndGet()).put("userId", user);
    }

    private static ApiClient.Response deliver(ObjectNode message) throws Exception {
        String body = ApiClient.JSON.writeValueAsString(message);
        return post(body.getBytes(StandardCharsets.UTF_8), Map.of("X-Chatdesk-Signature", sign(body)));
    }

    private static ApiClient.Response post(byte[] body, Map<String, String> headers) throws Exception {
        return server.client().postWithHeaders("/webhooks/generic", headers, "application/json", body);
    }

    private static List<FakePlatform.ApiCall> awaitReplies(String user, int count) throws InterruptedException {
        return receiver.awaitCalls(call -> isReplyTo(call, user), count, WAIT);
    }

    private static boolean isReplyTo(FakePlatform.ApiCall call, String user) {
        return call.to("/replies") && call.json().at("/userId").asText().equals(user);
    }

    private static String sign(String body) throws Exception {
        return GenericWebhookSignature.of(SECRET, body.getBytes(StandardCharsets.UTF_8));
    }
}
