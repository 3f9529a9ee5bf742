package dev.chatdesk.server.app;

import dev.chatdesk.server.config.ChatdeskConfig;
import dev.chatdesk.server.demo.DemoOrderService;
import io.vertx.core.Vertx;
import java.util.Deque;
import java.util.Map;

/** Starts the demo shop's order API when the configuration asks for it (by default with the demo bot). */
final class DemoServices {
    private DemoServices() {}

    /**
     * Starts what the configuration enables; the returned variables point the bot's flows at it.
     * Started services are pushed onto {@code resources} to be closed with the server.
     */
    static Map<String, String> start(Vertx vertx, ChatdeskConfig config, Deque<AutoCloseable> resources) {
        Boolean enabled = config.demo().orderService().enabled();
        boolean runOrders = enabled != null ? enabled : config.bot() == null;
        if (!runOrders) {
            return Map.of();
        }
        DemoOrderService orders = new DemoOrderService(config.demo().orderService().port());
        String id = vertx.deployVerticle(orders).await();
        resources.push(() -> vertx.undeploy(id).await());
        return Map.of("orderApi", orders.baseUrl());
    }
}
