package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Escalations in the {@code escalations} table; an escalation is open until {@code ended_at} is set. */
final class EscalationTable {
    private static final String SELECT = """
            SELECT conversation_id, reason, detail, summary, trend, escalated_at, key_id
            FROM escalations
            """;
    private static final String SELECT_OPEN = SELECT + "WHERE ended_at IS NULL\n";

    static final String DETAIL = "escalations.detail";
    static final String SUMMARY = "escalations.summary";

    private final RecordCipher cipher;

    EscalationTable(RecordCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * Stores an open escalation unless the conversation already has one, which then stays, so the
     * customer keeps their place in the queue.
     */
    void insertUnlessOpen(Connection connection, Escalation escalation) throws SQLException {
        int inserted = Sql.update(connection, """
                INSERT INTO escalations(conversation_id, reason, detail, summary, trend, escalated_at, key_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(conversation_id) WHERE ended_at IS NULL DO NOTHING
                """, escalation.conversationId(), escalation.reason().wireName(), cipher.seal(escalation.detail(), DETAIL),
                cipher.seal(escalation.summary(), SUMMARY), JsonColumns.write(escalation.trend()), escalation.escalatedAt(),
                cipher.keyId());
        if (inserted == 1) {
            Milestones.escalated(connection, escalation.conversationId(), escalation.escalatedAt());
        }
    }

    /** Ends the conversation's open escalation, if it has one, as the conversation moves to this status. */
    void end(Connection connection, String conversationId, ConversationStatus to, Instant now) throws SQLException {
        Sql.update(connection, "UPDATE escalations SET ended_at = ?, ended_by = ? WHERE conversation_id = ? AND ended_at IS NULL",
                now, Milestones.endedBy(to), conversationId);
    }

    /** Marks the open escalation overdue; false when it already was or there is none. */
    boolean markOverdue(Connection connection, String conversationId, Instant now) throws SQLException {
        return Sql.update(connection,
                "UPDATE escalations SET overdue_at = ? WHERE conversation_id = ? AND ended_at IS NULL AND overdue_at IS NULL",
                now, conversationId) == 1;
    }

    /** The conversation's open escalation. */
    Optional<Escalation> open(Connection connection, String conversationId) throws SQLException {
        return Sql.first(connection, SELECT_OPEN + "AND conversation_id = ?", this::escalation,
                conversationId);
    }

    /** All open escalations, oldest first. */
    List<Escalation> allOpen(Connection connection) throws SQLException {
        return Sql.list(connection, SELECT_OPEN + "ORDER BY escalated_at, id", this::escalation);
    }

    /** Every escalation of the conversation, open or ended, oldest first. */
    List<Escalation> ofConversation(Connection connection, String conversationId) throws SQLException {
        return Sql.list(connection, SELECT + "WHERE conversation_id = ? ORDER BY escalated_at, id",
                this::escalation, conversationId);
    }

    private Escalation escalation(ResultSet row) throws SQLException {
        return new Escalation(
                row.getString("conversation_id"),
                EscalationReason.fromWireName(row.getString("reason")),
                cipher.open(row.getString("key_id"), row.getString("detail"), DETAIL),
                cipher.open(row.getString("key_id"), row.getString("summary"), SUMMARY),
                JsonColumns.trend(row.getString("trend")),
                Sql.instant(row, "escalated_at"));
    }
}
