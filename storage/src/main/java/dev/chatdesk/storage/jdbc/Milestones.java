package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.ConversationStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The first times the insights measure from, kept as they happen so that a measure is one index
 * scan: a conversation's first escalation, an escalation's first agent reply and who wrote it, and
 * how the escalation ended. (When the customer first wrote is noted as the conversation is touched.)
 */
final class Milestones {
    private Milestones() {}

    /** Notes an agent's message: the first reply to the conversation's open escalation, and who wrote it. */
    static void agentReplied(Connection connection, String conversationId, String author, Instant at) throws SQLException {
        Sql.update(connection, """
                UPDATE escalations SET first_response_at = ?, responder = ?
                WHERE conversation_id = ? AND ended_at IS NULL AND first_response_at IS NULL
                """, at, author, conversationId);
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
