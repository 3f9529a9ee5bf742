package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.Feedback;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Customers' ratings, one per conversation, in the {@code feedback} table. */
final class FeedbackTable {
    static final String COMMENT = "feedback.comment";

    private final RecordCipher cipher;

    FeedbackTable(RecordCipher cipher) {
        this.cipher = cipher;
    }

    /** Stores a rating, replacing the conversation's earlier one. */
    void save(Connection connection, String conversationId, Feedback feedback) throws SQLException {
        Sql.update(connection, """
                INSERT INTO feedback(conversation_id, rating, comment, created_at, key_id) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(conversation_id) DO UPDATE SET rating = excluded.rating, comment = excluded.comment,
                                                           created_at = excluded.created_at, key_id = excluded.key_id
                """, conversationId, feedback.rating(), cipher.seal(feedback.comment(), COMMENT), feedback.createdAt(),
                cipher.keyId());
    }

    /** The conversation's rating, if the customer gave one. */
    Optional<Feedback> of(Connection connection, String conversationId) throws SQLException {
        return Sql.first(connection, "SELECT rating, comment, created_at, key_id FROM feedback WHERE conversation_id = ?",
                row -> new Feedback(row.getInt("rating"), cipher.open(row.getString("key_id"), row.getString("comment"), COMMENT),
                        Sql.instant(row, "created_at")), conversationId);
    }
}
