package dev.chatdesk.server.e2e;

import dev.chatdesk.server.testing.ApiClient;
import dev.chatdesk.server.testing.FakePlatform;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A messaging platform as the end-to-end tests play it: its fake API, and deliveries to Chatdesk's
 * webhook shaped and signed as the platform's documentation says. What every platform's test
 * needs is here once; each platform says only how its deliveries and API calls look.
 */
interface PlatformUnderTest extends AutoCloseable {
    /** How long a reply may take to reach the fake API. */
    Duration WAIT = Duration.ofSeconds(30);
    /** Ids unique across a test run and unlikely to repeat between runs on the same data. */
    AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    /**
     * A webhook delivery as the platform sends it.
     *
     * @param contentType the body's content type
     * @param body the raw body, exactly as signed
     */
    record Delivery(String contentType, byte[] body) {}

    /** The fake API the connector sends to. */
    FakePlatform api();

    /** The environment that configures Chatdesk's connector, pointed at the fake API. */
    Map<String, String> environment();

    /** The webhook's path, such as {@code /webhooks/whatsapp}. */
    String webhookPath();

    /** A new user of the platform: the address replies go to. */
    String newUser();

    /** A delivery with a new id of a text message from the user. */
    Delivery text(String user, String text);

    /** The header that carries the platform's signature. */
    String signatureHeader();

    /** The signature the platform puts on a delivery. */
    String signature(Delivery delivery);

    /** Whether an API call sends a message to the user, authenticated as the platform wants. */
    boolean isMessageTo(FakePlatform.ApiCall call, String user);

    /** The text of a message the API was asked to send, as the user reads it. */
    String text(FakePlatform.ApiCall call);

    /** The platform's answer when it throttles, asking to wait {@code seconds}. */
    FakePlatform.Answer tooManyRequests(int seconds);

    /** A new id. */
    static long newId() {
        return IDS.incrementAndGet();
    }

    /** Sends a delivery to the webhook with the platform's signature. */
    default ApiClient.Response deliver(ApiClient client, Delivery delivery) throws Exception {
        return deliver(client, delivery, Map.of(signatureHeader(), signature(delivery)));
    }

    /** Sends a delivery to the webhook with the given headers instead. */
    default ApiClient.Response deliver(ApiClient client, Delivery delivery, Map<String, String> headers) throws Exception {
        return client.postWithHeaders(webhookPath(), new HashMap<>(headers), delivery.contentType(), delivery.body());
    }

    /** Waits for at least {@code count} messages to the user and returns them all, in order. */
    default List<FakePlatform.ApiCall> awaitMessages(String user, int count) throws InterruptedException {
        return api().awaitCalls(call -> isMessageTo(call, user), count, WAIT);
    }

    /** The messages sent to the user so far. */
    default List<FakePlatform.ApiCall> messagesTo(String user) {
        return api().calls(call -> isMessageTo(call, user));
    }

    /** The texts of sent messages. */
    default List<String> texts(List<FakePlatform.ApiCall> calls) {
        return calls.stream().map(this::text).toList();
    }

    @Override
    default void close() {
        api().close();
    }
}
