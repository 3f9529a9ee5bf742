package dev.chatdesk.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.server.cluster.HazelcastSettings;
import dev.chatdesk.server.config.ClusterConfig;
import dev.chatdesk.server.testing.FreePorts;
import dev.chatdesk.storage.crypto.RecordCipher;
import dev.chatdesk.storage.postgres.PostgresStorage;
import dev.chatdesk.storage.postgres.TestPostgres;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chatdesk cluster check}: the store's schema version and the members it sees, exit 1 when either is out of reach. */
class ClusterCheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void seesTheRunningMemberAndTheSchemaVersionOrSaysWhatIsOutOfReach() throws Exception {
        try (TestPostgres.Schema database = TestPostgres.freshSchema()) {
            PostgresStorage.open(database.settings(), Clock.systemUTC(), RecordCipher.plain(), UnaryOperator.identity()).close();
            int port = FreePorts.next();
            ClusterConfig cluster = new ClusterConfig(true, "127.0.0.1", port, List.of("127.0.0.1:" + port), false, null);
            Path config = config(database, port);

            Vertx member = Vertx.builder()
                    .with(HazelcastSettings.eventBusAt(new VertxOptions(), cluster))
                    .withClusterManager(new HazelcastClusterManager(HazelcastSettings.of(cluster, "node-under-check")))
                    .buildClustered().await();
            CommandRun up;
            try {
                up = CommandRun.of("", "cluster", "check", "--config", config.toString(), "--json");
            } finally {
                member.close().await();
            }
            CommandRun down = CommandRun.of("", "cluster", "check", "--config", config.toString(), "--json");

            assertEquals(0, up.exitCode(), up.err());
            JsonNode seen = up.lastJson();
            assertEquals("15", seen.at("/store/schemaVersion").asText());
            assertEquals(List.of("node-under-check"), seen.at("/cluster/members").findValuesAsText("node"));
            assertEquals(1, down.exitCode(), down.out());
            assertEquals("down", down.lastJson().at("/cluster/status").asText());
        }
    }

    private Path config(TestPostgres.Schema database, int port) throws IOException {
        return Files.writeString(dir.resolve("chatdesk.yaml"), String.join("\n",
                "store:",
                "  type: postgres",
                "  url: '" + database.settings().url() + "'",
                "  user: " + database.settings().user(),
                "  password: " + database.settings().password(),
                "cluster:",
                "  enabled: true",
                "  host: 127.0.0.1",
                "  port: " + port,
                "  members: ['127.0.0.1:" + port + "']",
                ""));
    }
}
