package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.BotAction;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.SentimentLabel;
import dev.chatdesk.core.store.RandomIds;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Messages with their NLU, in the {@code messages} table. */
final class MessageTable {
    private static final String SELECT = """
            SELECT id, conversation_id, seq, role, text, key_id, created_at, quick_replies, sources,
                   nlu_intent, nlu_confidence, nlu_out_of_scope, nlu_sentiment, nlu_sentiment_score, nlu_anger,
                   client_message_id, in_reply_to, author, language
            FROM messages
            """;

    static final String TEXT = "messages.text";
    static final String ORIGINAL_TEXT = "messages.original_text";

    private final RecordCipher cipher;
    private final UnaryOperator<String> mask;
    private final SearchIndex search;

    /**
     * Messages sealed with {@code cipher}, their text stored as {@code mask} makes it (the original
     * kept apart when it changes it) and indexed in {@code search} as stored.
     */
    MessageTable(RecordCipher cipher, UnaryOperator<String> mask, SearchIndex search) {
        this.cipher = cipher;
        this.mask = mask;
        this.search = search;
    }

    /**
     * Stores a message at the end of its conversation. The caller holds the write transaction,
     * which makes the next sequence number safe to compute from the last one.
     */
    Message insert(Connection connection, String conversationId, NewMessage message, Instant now)
            throws SQLException {
        long seq = Sql.first(connection, "SELECT coalesce(max(seq), 0) + 1 FROM messages WHERE conversation_id = ?",
                row -> row.getLong(1), conversationId).orElseThrow();
        String id = RandomIds.message();
        String masked = mask.apply(message.text());
        // Messages to send to a messaging platform (conversations with an address) wait undelivered.
        Sql.update(connection, """
                INSERT INTO messages(id, conversation_id, seq, role, text, created_at, quick_replies, sources,
                                     client_message_id, in_reply_to, author, key_id, original_text, language, delivered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        CASE WHEN ? IN ('bot', 'agent', 'system')
                                  AND (SELECT channel_address FROM conversations WHERE id = ?) IS NOT NULL
                             THEN NULL ELSE ? END)
                """, id, conversationId, seq, message.role().wireName(), cipher.seal(masked, TEXT), now,
                JsonColumns.write(message.quickReplies()), JsonColumns.write(message.sources()),
                message.clientMessageId(), message.inReplyTo(), message.author(), cipher.keyId(),
                masked.equals(message.text()) ? null : cipher.seal(message.text(), ORIGINAL_TEXT),
                message.language().code(), message.role().wireName(), conversationId, now);
        if (message.nlu() != null) {
            saveNlu(connection, id, message.nlu(), null);
        }
        if (message.role() == Role.AGENT) {
            Milestones.agentReplied(connection, conversationId, message.author(), now);
        }
        search.addMessage(connection, conversationId, seq, message.role(), masked);
        return new Message(id, conversationId, seq, message.role(), message.text(), now, message.quickReplies(),
                message.sources(), message.nlu(), message.clientMessageId(), message.inReplyTo(), message.author(),
                message.language());
    }

    /** Messages not yet delivered to their customer's messaging platform, oldest first. */
    List<Message> undelivered(Connection connection) throws SQLException {
        return Sql.list(connection, SELECT + "WHERE delivered_at IS NULL ORDER BY created_at, conversation_id, seq",
                this::message);
    }

    /** Marks a message delivered to its customer's messaging platform. */
    void delivered(Connection connection, String messageId, Instant now) throws SQLException {
        Sql.update(connection, "UPDATE messages SET delivered_at = ? WHERE id = ? AND delivered_at IS NULL", now, messageId);
    }

    /**
     * Stores what the model understood of a message and what the bot did with it (null: it did not
     * answer it), replacing what was stored before.
     */
    void saveNlu(Connection connection, String messageId, MessageNlu nlu, BotAction action) throws SQLException {
        Sql.update(connection, """
                UPDATE messages SET nlu_intent = ?, nlu_confidence = ?, nlu_out_of_scope = ?, nlu_sentiment = ?,
                                    nlu_sentiment_score = ?, nlu_anger = ?, bot_action = ?
                WHERE id = ?
                """, nlu.intent(), nlu.confidence(), nlu.outOfScope(),
                nlu.sentiment() == null ? null : nlu.sentiment().wireName(), nlu.sentimentScore(), nlu.anger(),
                action == null ? null : action.wireName(), messageId);
    }

    /** The text of a message as it was written, when it is stored masked; empty when it is not (or no such message). */
    Optional<String> originalText(Connection connection, String conversationId, String messageId) throws SQLException {
        return Sql.first(connection, """
                SELECT key_id, original_text FROM messages
                WHERE id = ? AND conversation_id = ? AND original_text IS NOT NULL
                """, row -> cipher.open(row.getString(1), row.getString(2), ORIGINAL_TEXT), messageId, conversationId);
    }

    /** The role of a message of this conversation, empty when the conversation has no such message. */
    Optional<Role> roleOf(Connection connection, String conversationId, String messageId) throws SQLException {
        return Sql.first(connection, "SELECT role FROM messages WHERE id = ? AND conversation_id = ?",
                row -> Role.fromWireName(row.getString(1)), messageId, conversationId);
    }

    /** The message of this conversation stored with this client message id. */
    Optional<Message> byClientMessageId(Connection connection, String conversationId, String clientMessageId)
            throws SQLException {
        return Sql.first(connection, SELECT + "WHERE conversation_id = ? AND client_message_id = ?",
                this::message, conversationId, clientMessageId);
    }

    /** All messages of a conversation, by sequence number. */
    List<Message> all(Connection connection, String conversationId) throws SQLException {
        return Sql.list(connection, SELECT + "WHERE conversation_id = ? ORDER BY seq", this::message,
                conversationId);
    }

    /** The last {@code count} messages of a conversation, by sequence number. */
    List<Message> last(Connection connection, String conversationId, int count) throws SQLException {
        return Sql.list(connection,
                "SELECT * FROM (" + SELECT + "WHERE conversation_id = ? ORDER BY seq DESC LIMIT ?) newest ORDER BY seq",
                this::message, conversationId, count);
    }

    /** The messages of a conversation that answer one message, by sequence number. */
    List<Message> repliesTo(Connection connection, String conversationId, String messageId)
            throws SQLException {
        return Sql.list(connection, SELECT + "WHERE conversation_id = ? AND in_reply_to = ? ORDER BY seq",
                this::message, conversationId, messageId);
    }

    private Message message(ResultSet row) throws SQLException {
        return new Message(
                row.getString("id"),
                row.getString("conversation_id"),
                row.getLong("seq"),
                Role.fromWireName(row.getString("role")),
                cipher.open(row.getString("key_id"), row.getString("text"), TEXT),
                Sql.instant(row, "created_at"),
                JsonColumns.quickReplies(row.getString("quick_replies")),
                JsonColumns.sources(row.getString("sources")),
                nlu(row),
                row.getString("client_message_id"),
                row.getString("in_reply_to"),
                row.getString("author"),
                language(row.getString("language")));
    }

    /** A stored language; null (detected from the text) for messages stored before languages were. */
    private static Language language(String stored) {
        return stored == null ? null : Language.fromCode(stored);
    }

    private MessageNlu nlu(ResultSet row) throws SQLException {
        // The confidence is always present in stored NLU, so its NULL means "not read".
        double confidence = row.getDouble("nlu_confidence");
        if (row.wasNull()) {
            return null;
        }
        String sentiment = row.getString("nlu_sentiment");
        return new MessageNlu(
                row.getString("nlu_intent"),
                confidence,
                row.getBoolean("nlu_out_of_scope"),
                sentiment == null ? null : SentimentLabel.fromWireName(sentiment),
                row.getDouble("nlu_sentiment_score"),
                row.getDouble("nlu_anger"));
    }
}
