package dev.chatdesk.server.bench;

import dev.chatdesk.models.training.TrainingProgress;
import dev.chatdesk.server.app.ChatdeskApplication;
import dev.chatdesk.server.config.ChatdeskConfig;
import dev.chatdesk.server.config.CommandLineOverrides;
import dev.chatdesk.server.config.ConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The real server with the demo bot, on 127.0.0.1 and a free port, with a fresh data directory
 * that is deleted when it closes. The fresh directory is made inside the given data directory, so
 * the store syncs to the same disk a real server would; its {@code models/} links to the data
 * directory's, so the demo model is trained only once.
 */
final class BenchServer implements AutoCloseable {
    /** High enough that no benchmark client is ever turned away with 429. */
    private static final String UNLIMITED = "100000000";

    private final Path directory;
    private final ChatdeskConfig config;
    private final ChatdeskApplication app;

    private BenchServer(Path directory, ChatdeskConfig config, ChatdeskApplication app) {
        this.directory = directory;
        this.config = config;
        this.app = app;
    }

    /**
     * Starts a server whose trained models are cached in {@code dataDir/models}, with the extra
     * settings given as {@code CHATDESK_*} variables (the store, the cluster).
     */
    static BenchServer start(Path dataDir, Map<String, String> settings, TrainingProgress progress) throws Exception {
        Path models = dataDir.toAbsolutePath().resolve("models");
        Files.createDirectories(models);
        Path directory = Files.createTempDirectory(dataDir, "bench-");
        try {
            Files.createSymbolicLink(directory.resolve("models"), models);
            ChatdeskConfig config = ConfigLoader.load(null, environment(settings), new CommandLineOverrides(0, directory, null));
            return new BenchServer(directory, config, ChatdeskApplication.start(config, progress));
        } catch (Exception | Error e) {
            delete(directory);
            throw e;
        }
    }

    /**
     * The benchmark's settings: nothing from the caller's environment (which could point the store
     * at a real database). Rate limits are lifted, as all clients share one address; the NLU
     * result cache is off, as the benchmark repeats its messages and every one must be read by the
     * model; the admin password is set so none is generated and logged. Then the extra settings.
     */
    private static Map<String, String> environment(Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "CHATDESK_SERVER_HOST", "127.0.0.1",
                "CHATDESK_LIMITS_MESSAGES_PER_MINUTE_PER_CONVERSATION", UNLIMITED,
                "CHATDESK_LIMITS_REQUESTS_PER_MINUTE_PER_CLIENT", UNLIMITED,
                "CHATDESK_NLU_CACHE_SIZE", "0",
                "CHATDESK_NLU_TRAIN_OTHER_LANGUAGES_AFTER_START", "false",
                "CHATDESK_ADMIN_PASSWORD", UUID.randomUUID().toString()));
        environment.putAll(settings);
        return environment;
    }

    /** The configuration it runs with. */
    ChatdeskConfig config() {
        return config;
    }

    /** The port it listens on. */
    int port() {
        return app.port();
    }

    /** Stops the server and deletes its data directory (the linked models stay). */
    @Override
    public void close() {
        try {
            app.close();
        } finally {
            delete(directory);
        }
    }

    /** Deletes a directory tree; symbolic links are removed, never followed. */
    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the benchmark's data directory " + directory, e);
        }
    }
}
