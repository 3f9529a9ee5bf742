package dev.chatdesk.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a returned call promises when the process is killed (SIGKILL) right after. */
class SqliteConversationStoreCrashTest {
    private static final int ACKNOWLEDGEMENTS_BEFORE_KILL = 300;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedMessageSurvivesTheProcessBeingKilledMidStream() throws Exception {
        Path file = dir.resolve("chatdesk.db");
        Path childErrors = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "--enable-native-access=ALL-UNNAMED",
                        // The driver unpacks its native library here; a killed JVM cannot delete it.
                        "-Dorg.sqlite.tmpdir=" + dir,
                        "-cp", System.getProperty("java.class.path"),
                        AppendingProcess.class.getName(),
                        file.toString())
                .redirectError(childErrors.toFile())
                .start();
        String conversationId;
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            conversationId = out.readLine();
            assertNotNull(conversationId, () -> "the child started: " + errorsOf(childErrors));
            String line;
            while (acknowledged.size() < ACKNOWLEDGEMENTS_BEFORE_KILL && (line = out.readLine()) != null) {
                acknowledged.add(line);
            }
            // SIGKILL through the handle, which unlike Process.destroyForcibly leaves our end of the
            // pipe open: whatever the child printed before it died was acknowledged too.
            assertTrue(child.toHandle().destroyForcibly(), "the kill signal was sent");
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child died");
            while ((line = out.readLine()) != null) {
                acknowledged.add(line);
            }
        } finally {
            child.destroyForcibly();
        }
        assertTrue(acknowledged.size() >= ACKNOWLEDGEMENTS_BEFORE_KILL, () -> "the child kept appending: "
                + errorsOf(childErrors));

        try (JdbcStorage storage = SqliteStorage.open(file, Clock.systemUTC())) {
            List<Message> stored = storage.conversations().messages(conversationId);
            List<String> storedIds = stored.stream().map(Message::id).toList();

            assertTrue(stored.size() >= acknowledged.size(), "no acknowledged message is lost");
            assertEquals(acknowledged, storedIds.subList(0, acknowledged.size()), "in order, each once");
            assertEquals(LongStream.rangeClosed(1, stored.size()).boxed().toList(),
                    stored.stream().map(Message::seq).toList());
            assertEquals(stored.size(), storedIds.stream().distinct().count());
        }
    }

    private static String errorsOf(Path childErrors) {
        try {
            return Files.readString(childErrors);
        } catch (IOException e) {
            return "(no error output: " + e.getMessage() + ")";
        }
    }
}
