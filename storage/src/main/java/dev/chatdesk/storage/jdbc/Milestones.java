package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Role;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The first times the insights measure from, kept as they happen so that a measure is one index
 * scan: a conversation's first customer message and first escalation, an escalation's first agent
 * reply and who wrote it, and how the escalation ended.
 */
final class Milestones {
    private Milestones() {}

    /** Notes a new message: the customer's first one, or the first agent reply to the open escalation. */
    static void messageAdded(Connection connection, String conversationId, Role role, String author, Instant at)
            throws SQLException {
        if (role == Role.CUSTOMER) {
            Sql.update(connection, "UPDATE conversations SET customer_wrote_at = ? WHERE id = ? AND customer_wrote_at IS NULL",
                    at, conversationId);
        } else if (role == Role.AGENT) {
            Sql.update(connection, """
                    UPDATE escalations SET first_response_at = ?, responder = ?
                    WHERE conversation_id = ? AND ended_at IS NULL AND first_response_at IS NULL
                    """, at, author, conversationId);
        }
    }

    /** Notes that the conversation went to a person, if it never had before. */
    static void escalated(Connection connection, String conversationId, Instant at) throws SQLException {
        Sql.update(connection, "UPDATE conversations SET first_escalated_at = ? WHERE id = ? AND first_escalated_at IS NULL",
                at, conversationId);
    }

    /** The stored name of how an escalation ended when the conversation moved to this status. */
    static String endedBy(ConversationStatus status) {
        return status == ConversationStatus.CLOSED ? "closed" : "bot";
    }
}
