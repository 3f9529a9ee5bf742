package dev.chatdesk.server.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.chatdesk.server.config.ClusterConfig;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two cluster members on this machine, configured as the {@code cluster.*} keys configure a node:
 * an event published on one reaches a consumer on the other, and work run one node at a time runs
 * on one, moving to the other when its holder leaves.
 */
class TwoMembersTest {
    private Vertx first;
    private Vertx second;

    @BeforeEach
    void join() throws IOException {
        int firstPort = freePort();
        int secondPort = freePort();
        List<String> members = List.of("127.0.0.1:" + firstPort, "127.0.0.1:" + secondPort);
        first = member(new ClusterConfig(true, "127.0.0.1", firstPort, members, false, null), "first");
        second = member(new ClusterConfig(true, "127.0.0.1", secondPort, members, false, null), "second");
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
        Future<String> onFirst = new OneNodeAtATime(first, "overdue-escalations").runIfFree(firstWorking::future);

        String onSecond = new OneNodeAtATime(second, "overdue-escalations").runIfFree(() -> Future.succeededFuture("second")).await();
        assertNull(onSecond, "the second member skips while the first works");

        first.close().await();
        first = null;
        assertEquals("second", eventually(() -> new OneNodeAtATime(second, "overdue-escalations")
                .runIfFree(() -> Future.succeededFuture("second")).await()));
        assertNull(onFirst.result(), "the first member never finished");
    }

    private static String eventually(java.util.function.Supplier<String> attempt) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String result = attempt.get();
        while (result == null && System.nanoTime() < deadline) {
            Thread.sleep(200);
            result = attempt.get();
        }
        return result;
    }

    private static Vertx member(ClusterConfig cluster, String nodeId) {
        return Vertx.builder()
                .with(HazelcastSettings.eventBusAt(new VertxOptions(), cluster))
                .withClusterManager(new HazelcastClusterManager(HazelcastSettings.of(cluster, nodeId)))
                .buildClustered()
                .await();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
