package dev.chatdesk.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.core.audit.AuditEntry;
import dev.chatdesk.core.audit.AuditQuery;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import dev.chatdesk.storage.sqlite.SqliteStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chatdesk customers export|erase}: a data-protection request from the command line, audited as cli. */
class CustomersCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void exportsThenErasesACustomerAndRecordsBothInTheAuditLog() throws Exception {
        long customerId = storedCustomer("Leilani Kahale", "my surfboard bag has a tear");
        String id = Long.toString(customerId);

        CommandRun export = CommandRun.of("", "customers", "export", "--customer", id, "--data-dir", dataDir.toString(), "--json");
        assertEquals(0, export.exitCode(), export.err());
        JsonNode document = export.lastJson();
        assertEquals("Leilani Kahale", document.at("/customer/name").asText());
        assertEquals("my surfboard bag has a tear", document.at("/conversations/0/messages/0/text").asText());

        CommandRun erase = CommandRun.of("", "customers", "erase", "--customer", id, "--data-dir", dataDir.toString(), "--json");
        assertEquals(0, erase.exitCode(), erase.err());
        assertTrue(erase.lastJson().at("/erased").asBoolean());

        CommandRun again = CommandRun.of("", "customers", "export", "--customer", id, "--data-dir", dataDir.toString());
        assertEquals(2, again.exitCode());
        assertEquals("chatdesk: there is no customer " + id + " in the store", again.err().strip());
        try (JdbcStorage storage = store()) {
            List<AuditEntry> entries = storage.auditLog().entries(new AuditQuery(null, null, "cli", null, 10));
            assertEquals(List.of("customer_exported", "customer_erased", "customer_exported"),
                    entries.reversed().stream().map(e -> e.event().action().wireName()).toList());
            assertTrue(entries.stream().allMatch(e -> e.event().targetId().equals(id)));
        }
    }

    @Test
    void anActionOtherThanExportOrEraseIsRefused() {
        CommandRun run = CommandRun.of("", "customers", "delete", "--customer", "1", "--data-dir", dataDir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("the action must be export or erase, was 'delete'"), run.err());
    }

    private long storedCustomer(String name, String text) {
        try (JdbcStorage storage = store()) {
            Conversation conversation = storage.conversations().create(new NewConversation("web", null, Customer.unverified(name, null), "en", null));
            storage.conversations().append(conversation.id(), NewMessage.fromCustomer(text, null));
            return conversation.customerId();
        }
    }

    private JdbcStorage store() {
        return SqliteStorage.open(dataDir.resolve("chatdesk.db"), Clock.systemUTC());
    }
}
