package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.server.testing.ApiClient;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import dev.chatdesk.storage.sqlite.SqliteStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** With {@code privacy.retentionDays}, the server erases closed conversations past it, counts them in /metrics and audits it. */
class RetentionTest {
    @Test
    void closedConversationsPastRetentionAreErasedAtStartAndCounted() throws Exception {
        Path dataDir = Files.createTempDirectory("chatdesk-retention");
        String expired;
        String open;
        try (JdbcStorage storage = SqliteStorage.open(dataDir.resolve("chatdesk.db"),
                Clock.fixed(Instant.now().minus(Duration.ofDays(45)), ZoneOffset.UTC))) {
            expired = conversation(storage, "my old question about tents");
            assertTrue(storage.conversations().transition(expired, Set.of(ConversationStatus.BOT), ConversationStatus.CLOSED, null));
            open = conversation(storage, "an old question still open");
        }

        try (TestServer server = TestServer.startOn(dataDir, Map.of("CHATDESK_PRIVACY_RETENTION_DAYS", "30"))) {
            ApiClient api = server.client();
            String admin = api.login("admin", TestServer.ADMIN_PASSWORD);
            assertEquals(404, api.get("/api/v1/agent/conversations/" + expired, admin).status());
            assertEquals(200, api.get("/api/v1/agent/conversations/" + open, admin).status());
            assertTrue(api.get("/metrics", null).text().matches(
                    "(?s).*\\nchatdesk_retention_erased_conversations_total\\{node=\"[^\"]+\"} 1\\.0\\n.*"));
            ApiClient.Response audit = api.get("/api/v1/admin/audit?actor=system", admin);
            assertEquals("retention_erased", audit.at("/entries/0/action").asText());
            assertEquals("1 closed conversations", audit.at("/entries/0/detail").asText());
        }
    }

    private static String conversation(JdbcStorage storage, String text) {
        Conversation conversation = storage.conversations().create(new NewConversation("web", null, Customer.unverified("Ines", null), "en", null));
        storage.conversations().append(conversation.id(), NewMessage.fromCustomer(text, null));
        return conversation.id();
    }
}
