package dev.chatdesk.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.storage.crypto.RecordCipher;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import dev.chatdesk.storage.sqlite.SqliteStorage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chatdesk privacy rotate}: every record moves to the active key named in the configuration file. */
class PrivacyCommandTest {
    private static final byte[] OLD = "an-old-256-bit-key-of-32-bytes!!".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEW = "a-new-256-bit-key-of-32-bytes!!!".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dataDir;

    @Test
    void rotationMovesEveryRecordToTheActiveKeySoTheOldOneCanGo() throws Exception {
        String conversationId;
        try (JdbcStorage storage = store(RecordCipher.withKeys(Map.of("old", OLD), "old"))) {
            Conversation conversation = storage.conversations().create(new NewConversation("web", null, Customer.unverified("Aiko", "aiko@example.jp"), "ja", null));
            storage.conversations().append(conversation.id(), NewMessage.fromCustomer("the kimono sleeve is torn", null));
            conversationId = conversation.id();
        }
        Path config = dataDir.resolve("chatdesk.yaml");
        Files.writeString(config, "privacy:\n  encryptionKeys:\n    old: " + base64(OLD) + "\n    new: " + base64(NEW)
                + "\n  activeKeyId: new\n");

        CommandRun run = CommandRun.of("", "privacy", "rotate", "--config", config.toString(), "--data-dir", dataDir.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = run.lastJson();
        assertTrue(result.at("/rotated").asLong() >= 3, run.out());
        assertEquals("new", result.at("/activeKeyId").asText());
        assertEquals("[\"new\"]", result.at("/keysInUse").toString());
        try (JdbcStorage storage = store(RecordCipher.withKeys(Map.of("new", NEW), "new"))) {
            assertEquals("the kimono sleeve is torn", storage.conversations().messages(conversationId).getFirst().text());
        }
    }

    @Test
    void withoutKeysThereIsNothingToRotateTo() {
        CommandRun run = CommandRun.of("", "privacy", "rotate", "--data-dir", dataDir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no encryption key is configured"), run.err());
    }

    private JdbcStorage store(RecordCipher cipher) {
        return SqliteStorage.open(dataDir.resolve("chatdesk.db"), Clock.systemUTC(), cipher);
    }

    private static String base64(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }
}
