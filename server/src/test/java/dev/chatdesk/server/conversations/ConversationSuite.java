package dev.chatdesk.server.conversations;

import dev.chatdesk.server.e2e.TestServer;
import dev.chatdesk.server.testing.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The conversations of one bot, one test each, grouped by file: every {@code *.yml} under {@code
 * conversations/<bot>/} on the test class path. They run one after another against one real server
 * (so a return or cancellation one conversation makes stays made for the next). Each transcript is
 * also written to {@code target/conversations/<bot>.txt}. The system property {@code conversations}
 * runs only those whose name or file contains it ({@code -Dconversations=refund}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConversationSuite {
    /** Enough for a suite's worth of turns from one address, which the default limit would throttle. */
    static final Map<String, String> UNTHROTTLED = Map.of("CHATDESK_LIMITS_REQUESTS_PER_MINUTE_PER_CLIENT", "100000");

    private TestServer server;
    private String agentToken;
    private Path transcripts;

    /** The folder of the bot's conversations under {@code conversations/}. */
    abstract String bot();

    /** Starts the server running the bot. */
    abstract TestServer startServer() throws Exception;

    /** Stops what {@link #startServer} started besides the server. */
    void stopServices() {}

    @BeforeAll
    void start() throws Exception {
        transcripts = Path.of("target", "conversations", bot() + ".txt");
        Files.createDirectories(transcripts.getParent());
        Files.deleteIfExists(transcripts);
        server = startServer();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        stopServices();
    }

    // No test source URIs on the nodes: Surefire neither counts nor fails dynamic tests whose source is a file.
    @TestFactory
    Stream<DynamicNode> conversations() throws Exception {
        String only = System.getProperty("conversations", "").toLowerCase(Locale.ROOT);
        List<DynamicNode> files = new ArrayList<>();
        for (Path file : files()) {
            Script script = Script.read(file);
            String fileName = file.getFileName().toString();
            List<DynamicTest> tests = script.conversations().stream()
                    .filter(c -> only.isEmpty() || fileName.toLowerCase(Locale.ROOT).contains(only)
                            || c.name().toLowerCase(Locale.ROOT).contains(only))
                    .map(c -> DynamicTest.dynamicTest(c.name(), () -> play(fileName, c)))
                    .toList();
            if (!tests.isEmpty()) {
                files.add(DynamicContainer.dynamicContainer(fileName, tests.stream()));
            }
        }
        return files.stream();
    }

    private void play(String file, Script.Conversation conversation) throws Exception {
        Transcript transcript = new Transcript();
        String outcome = "passed";
        try {
            new CustomerConversation(server.client(), this::agentToken, transcript).play(conversation);
        } catch (Exception | AssertionError e) {
            outcome = "FAILED: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw e;
        } finally {
            Files.writeString(transcripts, "== " + file + ": " + conversation.name() + "\n" + transcript.text() + "-> " + outcome + "\n\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** One login for the whole suite: logins are rate-limited per address. */
    private synchronized String agentToken() {
        if (agentToken == null) {
            try {
                agentToken = new ApiClient(server.port()).login("admin", TestServer.ADMIN_PASSWORD);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return agentToken;
    }

    private List<Path> files() throws IOException, URISyntaxException {
        URL folder = ConversationSuite.class.getClassLoader().getResource("conversations/" + bot());
        if (folder == null) {
            throw new IllegalStateException("no conversations/" + bot() + " folder on the test class path");
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<Path> yaml = files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList();
            if (yaml.isEmpty()) {
                throw new IllegalStateException("conversations/" + bot() + " holds no *.yml files");
            }
            return yaml;
        }
    }
}
