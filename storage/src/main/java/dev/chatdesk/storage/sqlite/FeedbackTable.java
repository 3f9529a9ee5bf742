package dev.chatdesk.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

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
}
