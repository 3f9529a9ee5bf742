package dev.chatdesk.server.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.RateLimiter;
import dev.chatdesk.server.config.ClusterConfig;
import dev.chatdesk.server.testing.FreePorts;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two cluster members on this machine, configured as the {@code cluster.*} keys configure a node:
 * an event published on one reaches a consumer on the other, work run one node at a time runs
 * on one, moving to the other when its holder leaves, and a rate limit counts the requests of both.
 */
class TwoMembersTest {
    private HazelcastClusterManager firstManager;
    private HazelcastClusterManager secondManager;
    private Vertx first;
    private Vertx second;

    @BeforeEach
    void join() throws InterruptedException {
        int firstPort = FreePorts.next();
        int secondPort = FreePorts.next();
        List<String> members = List.of("127.0.0.1:" + firstPort, "127.0.0.1:" + secondPort);
        ClusterConfig firstCluster = new ClusterConfig(true, "127.0.0.1", firstPort, members, false, null);
        ClusterConfig secondCluster = new ClusterConfig(true, "127.0.0.1", secondPort, members, false, null);
        firstManager = new HazelcastClusterManager(HazelcastSettings.of(firstCluster, "first"));
        secondManager = new HazelcastClusterManager(HazelcastSettings.of(secondCluster, "second"));
        first = member(firstManager, firstCluster);
        second = member(secondManager, secondCluster);
        await(() -> firstManager.getNodes().size() == 2 && secondManager.getNodes().size() == 2);
    }

    @AfterEach
    void leave() {
        second.close().await();
        if (first != null) {
            first.close().await();
        }
    }

    @Test
    void anEventPublishedOnOneMemberReachesAConsumerOnTheOther() throws Exception {
        CompletableFuture<JsonObject> heard = new CompletableFuture<>();
        second.eventBus().<JsonObject>consumer("conversation.c_test", message -> heard.complete(message.body()))
                .completion().await();

        first.eventBus().publish("conversation.c_test", new JsonObject().put("type", "message").put("text", "Hello from the agent"));

        assertEquals("Hello from the agent", heard.get(10, TimeUnit.SECONDS).getString("text"));
    }

    @Test
    void workRunsOnOneMemberAtATimeAndMovesWhenItsHolderLeaves() throws Exception {
        Promise<String> firstWorking = Promise.promise();
        Promise<Void> firstStarted = Promise.promise();
        Future<String> onFirst = new OneNodeAtATime(first, "overdue-escalations").runIfFree(() -> {
            firstStarted.complete();
            return firstWorking.future();
        });
        // Taking the lock is asynchronous: the first member holds it once its work has started.
        firstStarted.future().await();

        String onSecond = new OneNodeAtATime(second, "overdue-escalations").runIfFree(() -> Future.succeededFuture("second")).await();
        assertNull(onSecond, "the second member skips while the first works");

        first.close().await();
        first = null;
        assertEquals("second", eventually(() -> new OneNodeAtATime(second, "overdue-escalations")
                .runIfFree(() -> Future.succeededFuture("second")).await()));
        assertNull(onFirst.result(), "the first member never finished");
    }

    @Test
    void aRateLimitHoldsAcrossMembersAndPerKey() {
        RateLimiter onFirst = new RateLimiter("messages", 5, new HazelcastRateLimitBuckets(firstManager.getHazelcastInstance()));
        RateLimiter onSecond = new RateLimiter("messages", 5, new HazelcastRateLimitBuckets(secondManager.getHazelcastInstance()));
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? onFirst : onSecond).acquire("c_busy").await();
        }

        ApiError refused = assertThrows(ApiError.class, () -> onSecond.acquire("c_busy").await());
        assertEquals(429, refused.status());
        assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 12, "one token comes back every 12 s: "
                + refused.retryAfterSeconds());
        assertThrows(ApiError.class, () -> onFirst.acquire("c_busy").await(), "the other member counts the same bucket");
        onFirst.acquire("c_quiet").await();
        new RateLimiter("logins", 5, new HazelcastRateLimitBuckets(firstManager.getHazelcastInstance())).acquire("c_busy").await();
    }

    private static String eventually(Supplier<String> attempt) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String result = attempt.get();
        while (result == null && System.nanoTime() < deadline) {
            Thread.sleep(200);
            result = attempt.get();
        }
        return result;
    }

    /** Waits until the members see each other: two started at once may first form a cluster each, then merge. */
    private static void await(BooleanSupplier joined) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!joined.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the two members did not join one cluster within 60 s");
            }
            Thread.sleep(50);
        }
    }

    private static Vertx member(HazelcastClusterManager manager, ClusterConfig cluster) {
        return Vertx.builder()
                .with(HazelcastSettings.eventBusAt(new VertxOptions(), cluster))
                .withClusterManager(manager)
                .buildClustered()
                .await();
    }
}
