package dev.chatdesk.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatdesk.models.training.TrainingProgress;
import dev.chatdesk.server.config.ChatdeskConfig;
import dev.chatdesk.storage.postgres.PostgresSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The running servers of one {@link Deployment}, in this process: on PostgreSQL each node with its
 * own pool, several nodes joined in a Vert.x cluster on 127.0.0.1 before any customer comes.
 */
final class BenchNodes implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(60);

    private final List<BenchServer> servers;

    private BenchNodes(List<BenchServer> servers) {
        this.servers = servers;
    }

    /** Starts the deployment's nodes one after another and waits until they form one cluster. */
    static BenchNodes start(Deployment deployment, Path dataDir, TrainingProgress progress) throws Exception {
        List<Integer> clusterPorts = new ArrayList<>();
        for (int i = 0; i < deployment.nodes(); i++) {
            clusterPorts.add(freePort());
        }
        String members = clusterPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        BenchNodes nodes = new BenchNodes(new ArrayList<>());
        try {
            for (int port : clusterPorts) {
                progress.note("starting a server: " + deployment.label());
                nodes.servers.add(BenchServer.start(dataDir, settings(deployment, port, members), progress));
            }
            if (deployment.nodes() > 1) {
                nodes.awaitOneCluster();
            }
            return nodes;
        } catch (Exception | Error e) {
            nodes.close();
            throw e;
        }
    }

    private static Map<String, String> settings(Deployment deployment, int clusterPort, String members) {
        Map<String, String> settings = new HashMap<>();
        PostgresSettings postgres = deployment.postgres();
        if (postgres != null) {
            settings.put("CHATDESK_STORE_TYPE", "postgres");
            settings.put("CHATDESK_STORE_URL", postgres.url());
            settings.put("CHATDESK_STORE_POOL_SIZE", String.valueOf(postgres.poolSize()));
            if (postgres.user() != null) {
                settings.put("CHATDESK_STORE_USER", postgres.user());
            }
            if (postgres.password() != null) {
                settings.put("CHATDESK_STORE_PASSWORD", postgres.password());
            }
        }
        if (deployment.nodes() > 1) {
            settings.put("CHATDESK_CLUSTER_ENABLED", "true");
            settings.put("CHATDESK_CLUSTER_HOST", "127.0.0.1");
            settings.put("CHATDESK_CLUSTER_PORT", String.valueOf(clusterPort));
            settings.put("CHATDESK_CLUSTER_MEMBERS", members);
        }
        return settings;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Members that found each other late form a cluster each, then merge: waits until every node counts all. */
    private void awaitOneCluster() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + JOIN_TIMEOUT.toNanos();
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (BenchServer server : servers) {
                HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health/ready")).build();
                while (members(http.send(ready, HttpResponse.BodyHandlers.ofString())) < servers.size()) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the benchmark's " + servers.size() + " nodes did not form one cluster within "
                                + JOIN_TIMEOUT.toSeconds() + " s");
                    }
                    Thread.sleep(100);
                }
            }
        }
    }

    /** How many members a node's {@code /health/ready} counts, 0 while it is not ready. */
    private static int members(HttpResponse<String> ready) throws IOException {
        return ready.statusCode() == 200 ? JSON.readTree(ready.body()).at("/cluster/members").size() : 0;
    }

    /** The nodes' HTTP ports, in the order they started. */
    List<Integer> ports() {
        return servers.stream().map(BenchServer::port).toList();
    }

    /** The first node's configuration (all nodes run the same but for the store and cluster keys). */
    ChatdeskConfig config() {
        return servers.getFirst().config();
    }

    /** Stops the nodes, last started first, and deletes their data directories. */
    @Override
    public void close() {
        for (BenchServer server : servers.reversed()) {
            server.close();
        }
    }
}
