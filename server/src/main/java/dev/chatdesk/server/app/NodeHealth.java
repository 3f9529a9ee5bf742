package dev.chatdesk.server.app;

import dev.chatdesk.server.config.StoreType;
import dev.chatdesk.server.http.Readiness;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.spi.cluster.ClusterManager;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * This node's readiness: started (the model, the index and the HTTP listener), its store
 * answering a query, and, when clustered, its membership of the cluster with the members it sees.
 * A load balancer sends it traffic only while all hold.
 */
final class NodeHealth implements Readiness {
    private final String nodeId;
    private final BooleanSupplier started;
    private final JdbcStorage storage;
    private final StoreType storeType;
    private final ClusterManager clusterManager;
    private final Executor blocking;

    /** The health of a node whose cluster manager is null when it is not clustered. */
    NodeHealth(String nodeId, BooleanSupplier started, JdbcStorage storage, StoreType storeType,
            ClusterManager clusterManager, Executor blocking) {
        this.nodeId = nodeId;
        this.started = started;
        this.storage = storage;
        this.storeType = storeType;
        this.clusterManager = clusterManager;
        this.blocking = blocking;
    }

    @Override
    public Future<JsonObject> check() {
        JsonObject report = new JsonObject().put("node", nodeId);
        if (!started.getAsBoolean()) {
            return Future.succeededFuture(report.put("status", "starting"));
        }
        return Future.fromCompletionStage(CompletableFuture.runAsync(storage::ping, blocking))
                .transform(pinged -> {
                    boolean storeUp = pinged.succeeded();
                    report.put("store", new JsonObject()
                            .put("type", storeType.name().toLowerCase(Locale.ROOT))
                            .put("status", storeUp ? "up" : "down"));
                    boolean clusterUp = clusterManager == null || clusterManager.isActive();
                    JsonObject cluster = new JsonObject().put("enabled", clusterManager != null);
                    if (clusterManager != null) {
                        cluster.put("status", clusterUp ? "up" : "down")
                                .put("members", clusterUp ? new JsonArray(clusterManager.getNodes()) : new JsonArray());
                    }
                    report.put("cluster", cluster);
                    return Future.succeededFuture(report.put("status", storeUp && clusterUp ? "ready" : "unavailable"));
                });
    }
}
