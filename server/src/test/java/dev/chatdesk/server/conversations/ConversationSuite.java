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
import org.junit.jupiter.api.Assumptions;
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
 *
 * <p>The models are trained afresh in each run, and training is not bit-for-bit reproducible across
 * machines and thread schedules: a message the model reads near a threshold goes one way in one run
 * and the other way in the next. So a conversation that fails is reported (as aborted, with the
 * failed turn) and counted, and the suite fails when fewer than {@link #REQUIRED_PASS_RATE} of its
 * conversations pass, listing every failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConversationSuite {
    /** Enough for a suite's worth of turns from one address, which the default limit would throttle. */
    static final Map<String, String> UNTHROTTLED = Map.of("CHATDESK_LIMITS_REQUESTS_PER_MINUTE_PER_CLIENT", "100000");

    /** The share of a suite's conversations that must pass in a run. */
    static final double REQUIRED_PASS_RATE = 0.9;

    private final List<String> failures = new ArrayList<>();
    private int played;
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
        if (files.isEmpty()) {
            return Stream.empty();
        }
        DynamicTest passRate = DynamicTest.dynamicTest(
                "passes at least " + Math.round(REQUIRED_PASS_RATE * 100) + "% of its conversations", this::assertPassRate);
        return Stream.concat(files.stream(), Stream.of(passRate));
    }

    private void assertPassRate() {
        int passed = played - failures.size();
        String summary = passed + " of " + played + " conversations passed";
        System.out.println(bot() + ": " + summary + String.join("", failures.stream().map(f -> "\n  failed: " + f).toList()));
        if (passed < REQUIRED_PASS_RATE * played) {
            throw new AssertionError(summary + ", fewer than " + Math.round(REQUIRED_PASS_RATE * 100) + "%; failed:\n  "
                    + String.join("\n  ", failures));
        }
    }

    private void play(String file, Script.Conversation conversation) throws Exception {
        Transcript transcript = new Transcript();
        String outcome = "passed";
        played++;
        try {
            new CustomerConversation(server.client(), this::agentToken, transcript).play(conversation);
        } catch (AssertionError e) {
            outcome = "FAILED: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            failures.add(file + ": " + outcome.substring("FAILED: ".length()));
            Assumptions.abort("counted against the suite's pass rate: " + e.getMessage());
        } catch (Exception e) {
            outcome = "FAILED: " + e;
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
