package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.server.testing.ApiClient;
import dev.chatdesk.storage.crypto.UndecryptableRecordException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * With {@code privacy.encryptionKeys} set, what customers and agents write reaches the data
 * directory only encrypted, while chatting, the agent console's view and the export work as before;
 * a restart without the key, or with another key under its id, fails with a clear sentence.
 */
class EncryptionAtRestTest {
    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));

    @Test
    void theDataDirectoryHoldsNoPlaintextOfMessagesOrCustomerDetailsAndTheWrongKeyStopsTheStart() throws Exception {
        Path dataDir;
        String conversationId;
        try (TestServer server = TestServer.start(Map.of("CHATDESK_PRIVACY_ENCRYPTION_KEYS", "k1:" + KEY))) {
            dataDir = server.dataDir();
            ApiClient api = server.client();
            ApiClient.Response started = api.post("/api/v1/conversations", null, ApiClient.object()
                    .set("customer", ApiClient.object().put("name", "Oskar Lindqvist").put("email", "oskar.lindqvist@example.se")));
            CustomerChat chat = new CustomerChat(api, started.at("/conversationId").asText(), started.at("/token").asText());
            conversationId = chat.id();
            chat.say("the lingonberry jam jar arrived smashed, can someone help");
            chat.askForAPerson();
            String admin = api.login("admin", TestServer.ADMIN_PASSWORD);
            String c = "/api/v1/agent/conversations/" + chat.id();
            assertEquals(200, api.post(c + "/claim", admin, ApiClient.object()).status());
            assertEquals(200, api.post(c + "/messages", admin, ApiClient.object().put("text", "Sorry Oskar, a fresh knackebrod box is coming")).status());

            ApiClient.Response view = api.get(c, admin);
            assertEquals("oskar.lindqvist@example.se", view.at("/customer/email").asText());
            assertTrue(view.text().contains("lingonberry jam jar") && view.text().contains("knackebrod box"), view.text());
            assertTrue(chat.history().text().contains("knackebrod box"));
        }

        String files = dataDirectoryText(dataDir);
        for (String secret : List.of("lingonberry", "knackebrod", "Oskar Lindqvist", "oskar.lindqvist@example.se")) {
            assertFalse(files.contains(secret), "the data directory holds " + secret);
        }
        UndecryptableRecordException missing = assertThrows(UndecryptableRecordException.class,
                () -> TestServer.startOn(dataDir, Map.of()).close());
        UndecryptableRecordException wrong = assertThrows(UndecryptableRecordException.class,
                () -> TestServer.startOn(dataDir, Map.of("CHATDESK_PRIVACY_ENCRYPTION_KEYS", "k1:" + OTHER_KEY)).close());
        assertTrue(missing.getMessage().startsWith("Stored records are encrypted with the key 'k1'"), missing.getMessage());
        assertTrue(wrong.getMessage().startsWith("The encryption key 'k1' in privacy.encryptionKeys is not the key"), wrong.getMessage());

        try (TestServer again = TestServer.startOn(dataDir, Map.of("CHATDESK_PRIVACY_ENCRYPTION_KEYS", "k1:" + KEY))) {
            String admin = again.client().login("admin", TestServer.ADMIN_PASSWORD);
            assertTrue(again.client().get("/api/v1/agent/conversations/" + conversationId, admin).text().contains("lingonberry jam jar"));
        }
    }

    /** Every regular file under the data directory (not the shared models it links to), as text. */
    private static String dataDirectoryText(Path dataDir) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                text.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }
}
