package dev.chatdesk.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.audit.AuditAction;
import dev.chatdesk.core.audit.AuditEntry;
import dev.chatdesk.core.audit.AuditEvent;
import dev.chatdesk.core.audit.AuditLog;
import dev.chatdesk.core.audit.AuditQuery;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every storage's audit log does: records who did what, reads it back newest first, and is append-only in the database itself. */
public abstract class AuditLogContract extends StorageContract {
    private JdbcStorage storage;
    private AuditLog log;

    /** The suite over the databases {@code backEnds} makes in an empty directory. */
    protected AuditLogContract(Function<Path, StorageBackEnd> backEnds) {
        super(backEnds);
    }

    @BeforeEach
    void open() {
        storage = backEnd.open(clock, RecordCipher.plain());
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
    void theDatabaseItselfRefusesToChangeOrDeleteAnEntry() {
        log.record(event("anna", AuditAction.LOGIN_FAILED));

        SQLException update = assertThrows(SQLException.class,
                () -> backEnd.execute("UPDATE audit_log SET actor = 'mallory'"));
        SQLException delete = assertThrows(SQLException.class, () -> backEnd.execute("DELETE FROM audit_log"));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        assertEquals("anna", log.entries(new AuditQuery(null, null, null, null, 10)).getFirst().event().actor());
    }

    private static AuditEvent event(String actor, AuditAction action) {
        return new AuditEvent(actor, action, null, null, "127.0.0.1", null);
    }
}
