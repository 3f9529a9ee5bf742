package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.server.testing.ApiClient;
import dev.chatdesk.server.testing.FakePlatform;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Slack connector against a fake Web API: Events API deliveries and interactivity payloads
 * shaped as in Slack's documentation and signed with the signing secret go in, replies come out
 * as chat.postMessage calls.
 */
class SlackWebhookTest {
    private static final String SIGNING_SECRET = "slack-signing-secret";
    private static final String BOT_TOKEN = "xoxb-test-token";
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Slack signs with its own time; on a real deployment it agrees with the server's, whose test clock runs ahead. */
    private static final Clock SERVER_CLOCK = TestServer.WORKING_HOURS;
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private static FakePlatform slack;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        slack = FakePlatform.start(FakePlatform.Answer.ok("{\"ok\":true,\"channel\":\"C0\",\"ts\":\"1503435956.000247\"}"));
        server = TestServer.start(Map.of(
                "CHATDESK_CONNECTORS_SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "CHATDESK_CONNECTORS_SLACK_BOT_TOKEN", BOT_TOKEN,
                "CHATDESK_CONNECTORS_SLACK_API_BASE", slack.baseUrl()));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    @Test
    void aMessageIsAnsweredWithChatPostMessageInItsChannelWithTheBotToken() throws Exception {
        String channel = newId("D");
        ApiClient.Response ack = deliverEvent(messageEvent(channel, "U1", "what payment methods do you accept?", null));
        assertEquals(200, ack.status(), ack.text());

        List<FakePlatform.ApiCall> posts = awaitPosts(channel, 2);
        assertEquals("Bearer " + BOT_TOKEN, posts.get(1).headers().get("authorization"));
        assertTrue(posts.get(1).json().at("/text").asText().toLowerCase().contains("paypal"), posts.get(1).body());
        assertTrue(posts.get(1).json().at("/thread_ts").isMissingNode(), posts.get(1).body());
    }

    @Test
    void quickRepliesArriveAsBlockKitButtonsUnderTheText() throws Exception {
        String channel = newId("D");
        deliverEvent(messageEvent(channel, "U1", "hello", null));

        JsonNode greeting = awaitPosts(channel, 1).get(0).json();
        assertEquals(greeting.at("/text").asText(), greeting.at("/blocks/0/text/text").asText());
        JsonNode buttons = actions(greeting);
        assertTrue(buttons.size() > 0, greeting.toString());
        assertEquals("button", buttons.get(0).at("/type").asText());
        assertTrue(buttons.get(0).at("/value").asText().startsWith("/"), greeting.toString());
    }

    @Test
    void aMessageInAThreadIsAnsweredInThatThread() throws Exception {
        String channel = newId("C");
        deliverEvent(messageEvent(channel, "U2", "what payment methods do you accept?", "1355517523.000005"));

        for (FakePlatform.ApiCall post : awaitPosts(channel, 2)) {
            assertEquals("1355517523.000005", post.json().at("/thread_ts").asText(), post.body());
        }
    }

    @Test
    void aClickedButtonArrivesAsBlockActionsAndIsAnsweredAsItsValue() throws Exception {
        String channel = newId("D");
        deliverEvent(messageEvent(channel, "U3", "hello", null));
        awaitPosts(channel, 1);

        ApiClient.Response ack = deliverInteraction(blockActions(channel, "U3", "/human_handoff"));
        assertEquals(200, ack.status(), ack.text());

        List<FakePlatform.ApiCall> posts = awaitPosts(channel, 3);
        assertTrue(texts(posts).get(2).contains("queue"), texts(posts).toString());
    }

    @Test
    void theUrlVerificationHandshakeIsAnsweredWithItsChallenge() throws Exception {
        String challenge = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P";
        ApiClient.Response response = deliver(ApiClient.object().put("token", "Jhj5dZrVaK7ZwHHjRyZWjbDl")
                .put("challenge", challenge).put("type", "url_verification"));
        assertEquals(200, response.status(), response.text());
        assertEquals(challenge, response.at("/challenge").asText());
    }

    @Test
    void aWrongMissingOrStaleSignatureIsRefusedWith401AndNothingIsProcessed() throws Exception {
        String channel = newId("D");
        byte[] body = ApiClient.JSON.writeValueAsBytes(messageEvent(channel, "U4", "hello", null));
        String now = Long.toString(SERVER_CLOCK.instant().getEpochSecond());
        String stale = Long.toString(SERVER_CLOCK.instant().minusSeconds(600).getEpochSecond());

        ApiClient.Response wrong = post(body, "application/json", Map.of("X-Slack-Request-Timestamp", now, "X-Slack-Signature",
                "v0=" + "0".repeat(64)));
        ApiClient.Response missing = post(body, "application/json", Map.of());
        ApiClient.Response old = post(body, "application/json", signed(stale, body));
        for (ApiClient.Response refused : List.of(wrong, missing, old)) {
            assertEquals(401, refused.status(), refused.text());
            assertEquals("unauthorized", refused.at("/error/code").asText());
        }

        assertEquals(200, post(body, "application/json", signed(now, body)).status());
        assertEquals(2, awaitPosts(channel, 2).size());
    }

    @Test
    void aRetriedEventIsAcknowledgedAndProcessedOnce() throws Exception {
        String channel = newId("D");
        ObjectNode event = messageEvent(channel, "U5", "what payment methods do you accept?", null);
        assertEquals(200, deliverEvent(event).status());
        assertEquals(200, deliverEvent(event).status());
        awaitPosts(channel, 2);

        deliverEvent(messageEvent(channel, "U5", "how much is shipping?", null));
        awaitPosts(channel, 3);
        assertEquals(3, slack.calls(call -> isPostTo(call, channel)).size());
    }

    @Test
    void botMessagesOurOwnAmongThemAreIgnored() throws Exception {
        String channel = newId("D");
        ObjectNode fromBot = messageEvent(channel, "U6", "Hi! I'm the shop's assistant.", null);
        ((ObjectNode) fromBot.get("event")).put("bot_id", "B123ABC456").put("subtype", "bot_message");
        deliverEvent(fromBot);

        deliverEvent(messageEvent(channel, "U6", "what payment methods do you accept?", null));
        awaitPosts(channel, 2);
        assertEquals(2, slack.calls(call -> isPostTo(call, channel)).size(), "only the greeting and the answer");
    }

    @Test
    void aPostMessageAnswered429IsRetriedNoEarlierThanItsRetryAfter() throws Exception {
        String channel = newId("D");
        slack.answerNext(call -> isPostTo(call, channel), new FakePlatform.Answer(429, Map.of("Retry-After", "1"),
                "{\"ok\":false,\"error\":\"ratelimited\"}"));
        deliverEvent(messageEvent(channel, "U7", "hello", null));

        List<FakePlatform.ApiCall> attempts = awaitPosts(channel, 2);
        assertEquals(attempts.get(0).body(), attempts.get(1).body());
        Duration waited = Duration.between(attempts.get(0).receivedAt(), attempts.get(1).receivedAt());
        assertTrue(waited.compareTo(Duration.ofSeconds(1)) >= 0, "retried after " + waited);
    }

    @Test
    void malformedJsonWithAValidSignatureIsA400() throws Exception {
        byte[] body = "{\"type\": \"event_callback\", ".getBytes(StandardCharsets.UTF_8);
        ApiClient.Response response = post(body, "application/json", signed(Long.toString(SERVER_CLOCK.instant().getEpochSecond()), body));
        assertEquals(400, response.status(), response.text());
        assertEquals("invalid_request", response.at("/error/code").asText());
    }

    /** An event_callback of a message event, as in Slack's Events API documentation. */
    private static ObjectNode messageEvent(String channel, String user, String text, String threadTs) {
        ObjectNode event = ApiClient.object().put("type", "message").put("channel", channel).put("user", user).put("text", text)
                .put("ts", "1355517523.0000" + IDS.incrementAndGet() % 100).put("channel_type", channel.startsWith("D") ? "im" : "channel");
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        ObjectNode delivery = ApiClient.object().put("token", "XXYYZZ").put("team_id", "T123ABC456").put("api_app_id", "A123ABC456");
        delivery.set("event", event);
        return delivery.put("type", "event_callback").put("event_id", newId("Ev")).put("event_time", 1355517523);
    }

    /** A block_actions payload of a click on one of our buttons, as in Slack's interactivity documentation. */
    private static ObjectNode blockActions(String channel, String user, String value) {
        ObjectNode payload = ApiClient.object().put("type", "block_actions").put("api_app_id", "A123ABC456")
                .put("trigger_id", "12321423423.333649436676." + newId("t")).put("response_url", "https://hooks.slack.com/actions/T/1/x");
        payload.putObject("team").put("id", "T123ABC456").put("domain", "example");
        payload.putObject("user").put("id", user).put("username", "jtorrance").put("name", "jtorrance").put("team_id", "T123ABC456");
        payload.putObject("channel").put("id", channel).put("name", "directmessage");
        payload.putObject("container").put("type", "message").put("message_ts", "1548261231.000200").put("channel_id", channel);
        payload.putObject("message").put("bot_id", "B123ABC456").put("type", "message").put("text", "How can I help?")
                .put("ts", "1548261231.000200");
        payload.putArray("actions").addObject().put("action_id", "quick_reply_0").put("block_id", "=qXel").put("value", value)
                .put("type", "button").put("action_ts", "1548426417.840180")
                .putObject("text").put("type", "plain_text").put("text", "Talk to a person");
        return payload;
    }

    private static String newId(String prefix) {
        return prefix + IDS.incrementAndGet();
    }

    private static ApiClient.Response deliverEvent(ObjectNode delivery) throws Exception {
        return deliver(delivery);
    }

    private static ApiClient.Response deliver(ObjectNode json) throws Exception {
        byte[] body = ApiClient.JSON.writeValueAsBytes(json);
        return post(body, "application/json", signed(Long.toString(SERVER_CLOCK.instant().getEpochSecond()), body));
    }

    private static ApiClient.Response deliverInteraction(ObjectNode payload) throws Exception {
        byte[] body = ("payload=" + URLEncoder.encode(ApiClient.JSON.writeValueAsString(payload), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        return post(body, "application/x-www-form-urlencoded", signed(Long.toString(SERVER_CLOCK.instant().getEpochSecond()), body));
    }

    private static ApiClient.Response post(byte[] body, String contentType, Map<String, String> headers) throws Exception {
        return server.client().postWithHeaders("/webhooks/slack", headers, contentType, body);
    }

    /** The headers Slack signs a request with, computed as its documentation says. */
    private static Map<String, String> signed(String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
        String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        return Map.of("X-Slack-Request-Timestamp", timestamp, "X-Slack-Signature", signature);
    }

    private static boolean isPostTo(FakePlatform.ApiCall call, String channel) {
        return call.to("/chat.postMessage") && call.json().at("/channel").asText().equals(channel);
    }

    private static List<FakePlatform.ApiCall> awaitPosts(String channel, int count) throws InterruptedException {
        return slack.awaitCalls(call -> isPostTo(call, channel), count, WAIT);
    }

    private static List<String> texts(List<FakePlatform.ApiCall> posts) {
        return posts.stream().map(post -> post.json().at("/text").asText()).toList();
    }

    private static JsonNode actions(JsonNode post) {
        List<JsonNode> elements = new ArrayList<>();
        post.at("/blocks").forEach(block -> {
            if (block.at("/type").asText().equals("actions")) {
                block.at("/elements").forEach(elements::add);
            }
        });
        return ApiClient.JSON.valueToTree(elements);
    }
}
