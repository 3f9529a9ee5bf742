package dev.chatdesk.storage.sqlite;

import dev.chatdesk.core.conversation.CustomerExport;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Customers' ratings, one per conversation, in the {@code feedback} table. */
final class FeedbackTable {
    private FeedbackTable() {}

    /** Stores a rating, replacing the conversation's earlier one. */
    static void save(Connection connection, String conversationId, int rating, String comment, Instant now)
            throws SQLException {
        Sql.update(connection, """
                INSERT INTO feedback(conversation_id, rating, comment, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(conversation_id) DO UPDATE SET rating = excluded.rating, comment = excluded.comment,
                                                           created_at = excluded.created_at
                """, conversationId, rating, comment, now);
    }

    /** The conversation's rating, if the customer gave one. */
    static Optional<CustomerExport.Feedback> of(Connection connection, String conversationId) throws SQLException {
        return Sql.first(connection, "SELECT rating, comment, created_at FROM feedback WHERE conversation_id = ?",
                row -> new CustomerExport.Feedback(row.getInt("rating"), row.getString("comment"),
                        Sql.instant(row, "created_at")), conversationId);
    }
}
