package dev.chatdesk.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.audit.AuditAction;
import dev.chatdesk.core.audit.AuditEntry;
import dev.chatdesk.core.audit.AuditEvent;
import dev.chatdesk.core.audit.AuditLog;
import dev.chatdesk.core.audit.AuditQuery;
import dev.chatdesk.core.testing.MutableClock;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAuditLogTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00.123Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(START);
    private JdbcStorage storage;
    private AuditLog log;

    @BeforeEach
    void open() {
        storage = SqliteStorage.open(dir.resolve("chatdesk.db"), clock);
        log = storage.auditLog();
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void recordsWhoDidWhatToWhichTargetWhenAndFromWhere() {
        AuditEntry recorded = log.record(new AuditEvent("anna", AuditAction.CONVERSATION_CLAIMED, "conversation", "c-1",
                "203.0.113.9", null));

        List<AuditEntry> entries = log.entries(new AuditQuery(null, null, null, null, 10));

        assertEquals(List.of(recorded), entries);
        assertEquals(START, entries.getFirst().at());
        assertEquals("203.0.113.9", entries.getFirst().event().sourceAddress());
    }

    @Test
    void readsNewestFirstWithinTimeActorAndPage() {
        log.record(event("anna", AuditAction.LOGIN));
        clock.advance(Duration.ofHours(1));
        AuditEntry bensLogin = log.record(event("ben", AuditAction.LOGIN));
        AuditEntry annasClaim = log.record(event("anna", AuditAction.CONVERSATION_CLAIMED));
        clock.advance(Duration.ofHours(1));
        AuditEntry annasReply = log.record(event("anna", AuditAction.AGENT_REPLIED));

        assertEquals(List.of(annasReply, annasClaim),
                log.entries(new AuditQuery(START.plus(Duration.ofMinutes(30)), null, "anna", null, 10)));
        assertEquals(List.of(annasClaim, bensLogin),
                log.entries(new AuditQuery(null, START.plus(Duration.ofMinutes(90)), null, annasReply.id(), 2)));
    }

    @Test
    void theFileItselfRefusesToChangeOrDeleteAnEntry() throws SQLException {
        log.record(event("anna", AuditAction.LOGIN_FAILED));

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("chatdesk.db"));
                Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE audit_log SET actor = 'mallory'"));
            SQLException delete = assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_log"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
        assertEquals("anna", log.entries(new AuditQuery(null, null, null, null, 10)).getFirst().event().actor());
    }

    private static AuditEvent event(String actor, AuditAction action) {
        return new AuditEvent(actor, action, null, null, "127.0.0.1", null);
    }
}
