package dev.chatdesk.server.e2e;

import dev.chatdesk.models.training.TrainingProgress;
import dev.chatdesk.server.app.ChatdeskApplication;
import dev.chatdesk.server.config.CommandLineOverrides;
import dev.chatdesk.server.config.ConfigLoader;
import dev.chatdesk.server.testing.ApiClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

/**
 * The real server with the demo bot on a free port and a fresh data directory. Trained models are
 * shared between test classes (a symlinked cache under {@code target/}), so the demo bot's model
 * is trained once per build. Another bot runs with {@code CHATDESK_BOT} set to its directory in the
 * environment given.
 */
public final class TestServer implements AutoCloseable {
    /** The password of the {@code admin} agent account. */
    public static final String ADMIN_PASSWORD = "test-console-password";
    /** The shop's secret for its signed-in visitors' identity hashes, on servers started with an agent. */
    static final String IDENTITY_SECRET = "test-shop-identity-secret";
    static final Path SHARED_MODELS = Path.of("target", "test-models").toAbsolutePath();
    /**
     * The demo bot's knowledge base as its first test server imported it, copied into each new
     * data directory: embedding the 124 English and Chinese help articles again for every server
     * would cost most of a start.
     */
    private static final Path SHARED_KNOWLEDGE_BASE = Path.of("target", "test-kb").toAbsolutePath();
    /**
     * A clock that runs from the next Wednesday, 10:00 in Berlin: the demo team is at work, so a
     * hand-over gives a place in the queue whenever the tests run.
     */
    static final Clock WORKING_HOURS = startingAt(ZonedDateTime.now(ZoneId.of("Europe/Berlin"))
            .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY)).withHour(10).withMinute(0).toInstant());

    /** A clock that runs from the next Sunday, 23:00 in Berlin: the demo team is away. */
    static final Clock TEAM_AWAY = startingAt(ZonedDateTime.now(ZoneId.of("Europe/Berlin"))
            .with(TemporalAdjusters.next(DayOfWeek.SUNDAY)).withHour(23).withMinute(0).toInstant());

    /** A clock that ticks from the given instant on. */
    static Clock startingAt(Instant start) {
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
    }

    private final ChatdeskApplication app;
    private final Path dataDir;

    private TestServer(ChatdeskApplication app, Path dataDir) {
        this.app = app;
        this.dataDir = dataDir;
    }

    /** Starts a server on a fresh data directory, with the extra environment given. */
    public static TestServer start(Map<String, String> environment) throws Exception {
        Path dataDir = Files.createTempDirectory("chatdesk-e2e");
        return startOn(dataDir, environment);
    }

    /**
     * Starts a server, logins not limited, with one agent account whose password is
     * {@code a-long-password}, for the console's browser tests; the shop signs its visitors'
     * identities with {@link #IDENTITY_SECRET}.
     */
    static TestServer startWithAgent(String username, String displayName) throws Exception {
        TestServer server = start(Map.of("CHATDESK_LIMITS_LOGIN_ATTEMPTS_PER_MINUTE", "1000",
                "CHATDESK_AUTH_CUSTOMER_IDENTITY_SECRET", IDENTITY_SECRET));
        ApiClient api = server.client();
        ApiClient.Response created = api.post("/api/v1/admin/agents", api.login("admin", ADMIN_PASSWORD), ApiClient.object()
                .put("username", username).put("password", "a-long-password").put("role", "agent").put("displayName", displayName));
        if (created.status() != 201) {
            server.close();
            throw new IllegalStateException("the agent was not created: " + created.text());
        }
        return server;
    }

    /** Starts a server on the given data directory (to restart one on the same data). */
    static TestServer startOn(Path dataDir, Map<String, String> environment) throws Exception {
        return startOn(dataDir, environment, WORKING_HOURS);
    }

    /** Starts a server on a fresh data directory whose time is the clock's. */
    static TestServer startAt(Clock clock) throws Exception {
        return startAt(clock, Map.of());
    }

    /** Starts a server on a fresh data directory whose time is the clock's, with the extra environment given. */
    static TestServer startAt(Clock clock, Map<String, String> environment) throws Exception {
        return startOn(Files.createTempDirectory("chatdesk-e2e"), environment, clock);
    }

    private static TestServer startOn(Path dataDir, Map<String, String> environment, Clock clock) throws Exception {
        Map<String, String> env = prepare(dataDir, environment);
        ChatdeskApplication app = ChatdeskApplication.start(
                ConfigLoader.load(null, env, new CommandLineOverrides(0, dataDir, null)), TrainingProgress.silent(), clock);
        Path knowledgeBase = dataDir.resolve("kb");
        if (!environment.containsKey("CHATDESK_BOT") && !Files.exists(SHARED_KNOWLEDGE_BASE)) {
            // the server is idle, its import committed: the files are whole
            copy(knowledgeBase, SHARED_KNOWLEDGE_BASE);
        }
        return new TestServer(app, dataDir);
    }

    /**
     * Readies a data directory for a test server (the shared models linked, the demo bot's imported
     * knowledge base copied in) and returns the environment given with the test admin's password and
     * the loopback address added.
     */
    static Map<String, String> prepare(Path dataDir, Map<String, String> environment) throws IOException {
        linkSharedModels(dataDir);
        Path knowledgeBase = dataDir.resolve("kb");
        if (!environment.containsKey("CHATDESK_BOT") && Files.isDirectory(SHARED_KNOWLEDGE_BASE) && !Files.exists(knowledgeBase)) {
            copy(SHARED_KNOWLEDGE_BASE, knowledgeBase);
        }
        Map<String, String> env = new HashMap<>(environment);
        env.putIfAbsent("CHATDESK_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.putIfAbsent("CHATDESK_SERVER_HOST", "127.0.0.1");
        // tests talk Chinese to the demo bot from its first minute
        env.putIfAbsent("CHATDESK_NLU_TRAIN_OTHER_LANGUAGES_AFTER_START", "false");
        return env;
    }

    private static void copy(Path from, Path to) throws IOException {
        Path partial = to.resolveSibling(to.getFileName() + ".partial");
        Files.createDirectories(partial);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file) && !file.getFileName().toString().equals("write.lock")) {
                    Files.copy(file, partial.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void linkSharedModels(Path dataDir) throws IOException {
        Files.createDirectories(SHARED_MODELS);
        Path models = dataDir.resolve("models");
        if (!Files.exists(models)) {
            Files.createSymbolicLink(models, SHARED_MODELS);
        }
    }

    public int port() {
        return app.port();
    }

    Path dataDir() {
        return dataDir;
    }

    public ApiClient client() {
        return new ApiClient(port());
    }

    @Override
    public void close() {
        app.close();
    }
}
