package dev.chatdesk.connectors.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.channel.DeliveryFailedException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryingSenderTest {
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(5));

    private Vertx vertx;
    private HttpServer server;
    private WebClient client;
    /** The statuses the server answers with, in order; 200 once they run out. */
    private final Deque<int[]> script = new ArrayDeque<>();
    private final List<Long> arrivals = new ArrayList<>();
    /** The body of every answer. */
    private volatile String body = "{\"error\":\"scripted\"}";

    @BeforeEach
    void startServer() {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(request -> {
            synchronized (this) {
                arrivals.add(System.nanoTime());
                int[] answer = script.isEmpty() ? new int[] {200, 0} : script.poll();
                var response = request.response().setStatusCode(answer[0]);
                if (answer[1] > 0) {
                    response.putHeader("Retry-After", Integer.toString(answer[1]));
                }
                response.end(body);
            }
        }).listen(0, "127.0.0.1").await();
        client = WebClient.create(vertx);
    }

    @AfterEach
    void stopServer() {
        vertx.close().await();
    }

    private Object send(RetryPolicy policy) throws Exception {
        RetryingSender sender = new RetryingSender(vertx, policy);
        return sender.send("Platform", () -> client.post(server.actualPort(), "127.0.0.1", "/send").send())
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void retriesA429NoEarlierThanItsRetryAfter() throws Exception {
        script.add(new int[] {429, 1});
        send(QUICK);
        assertEquals(2, arrivals.size());
        long waitedMs = (arrivals.get(1) - arrivals.get(0)) / 1_000_000;
        assertTrue(waitedMs >= 1000, "waited " + waitedMs + " ms");
    }

    @Test
    void retriesAGraphApiRateLimitErrorThoughItComesAs400() throws Exception {
        body = "{\"error\":{\"message\":\"(#130429) Rate limit hit\",\"type\":\"OAuthException\",\"code\":130429}}";
        script.add(new int[] {400, 0});
        RetryingSender sender = new RetryingSender(vertx, QUICK);
        sender.send("WhatsApp", () -> client.post(server.actualPort(), "127.0.0.1", "/send").send(), GraphApiThrottling.THROTTLING)
                .get(10, TimeUnit.SECONDS);
        assertEquals(2, arrivals.size());
    }

    @Test
    void aGraphApiErrorThatIsNoRateLimitIsFinal() {
        body = "{\"error\":{\"message\":\"(#100) Invalid parameter\",\"type\":\"OAuthException\",\"code\":100}}";
        script.add(new int[] {400, 0});
        RetryingSender sender = new RetryingSender(vertx, QUICK);
        assertThrows(ExecutionException.class, () -> sender.send("WhatsApp",
                () -> client.post(server.actualPort(), "127.0.0.1", "/send").send(), GraphApiThrottling.THROTTLING)
                .get(10, TimeUnit.SECONDS));
        assertEquals(1, arrivals.size());
    }

    @Test
    void retriesServerErrorsWithBackoffUntilTheyPass() throws Exception {
        script.add(new int[] {503, 0});
        script.add(new int[] {500, 0});
        send(QUICK);
        assertEquals(3, arrivals.size());
    }

    @Test
    void givesUpAfterItsAttemptsSayingWhy() {
        for (int i = 0; i < 3; i++) {
            script.add(new int[] {502, 0});
        }
        ExecutionException failure = assertThrows(ExecutionException.class, () -> send(QUICK));
        assertInstanceOf(DeliveryFailedException.class, failure.getCause());
        assertTrue(failure.getCause().getMessage().contains("HTTP 502 3 times"), failure.getCause().getMessage());
        assertEquals(3, arrivals.size());
    }

    @Test
    void takesAnyOther4xxAsFinalWithThePlatformsAnswer() {
        script.add(new int[] {403, 0});
        ExecutionException failure = assertThrows(ExecutionException.class, () -> send(QUICK));
        assertTrue(failure.getCause().getMessage().contains("HTTP 403 {\"error\":\"scripted\"}"), failure.getCause().getMessage());
        assertEquals(1, arrivals.size());
    }

    @Test
    void doesNotWaitLongerThanThePolicyAllows() {
        script.add(new int[] {429, 60});
        ExecutionException failure = assertThrows(ExecutionException.class, () -> send(QUICK));
        assertTrue(failure.getCause().getMessage().contains("asked to wait 60 s"), failure.getCause().getMessage());
    }

    @Test
    void retriesWhenThePlatformCannotBeReached() {
        RetryingSender sender = new RetryingSender(vertx, QUICK);
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> sender.send("Platform", () -> client.post(1, "127.0.0.1", "/send").send()).get(10, TimeUnit.SECONDS));
        assertTrue(failure.getCause().getMessage().contains("could not be reached"), failure.getCause().getMessage());
        assertTrue(failure.getCause().getMessage().contains("3 times"), failure.getCause().getMessage());
    }
}
