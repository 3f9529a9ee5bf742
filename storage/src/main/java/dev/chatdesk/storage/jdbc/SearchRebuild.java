package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Makes conversations' search documents again from their stored messages: those of the backlog
 * (conversations stored before the index existed) and those indexed under a key other than the
 * active one (after encryption was turned on or its key rotated). A batch at a time, under one
 * lock, so nodes doing it at once do each conversation once.
 */
final class SearchRebuild {
    private final RecordCipher cipher;
    private final Tables tables;

    SearchRebuild(RecordCipher cipher, Tables tables) {
        this.cipher = cipher;
        this.tables = tables;
    }

    /** Indexes up to {@code limit} conversations of the backlog; how many it did. */
    int backlog(Database database, Connection connection, int limit) throws SQLException {
        database.lock(connection, "search-rebuild");
        List<String> ids = Sql.list(connection, "SELECT conversation_id FROM search_backlog ORDER BY conversation_id LIMIT ?",
                row -> row.getString(1), limit);
        for (String id : ids) {
            rebuild(connection, id);
            Sql.update(connection, "DELETE FROM search_backlog WHERE conversation_id = ?", id);
        }
        return ids.size();
    }

    /** Indexes again up to {@code limit} conversations whose documents are under another key than the active one (or plain). */
    int underOtherKeys(Database database, Connection connection, int limit) throws SQLException {
        database.lock(connection, "search-rebuild");
        List<String> ids = Sql.list(connection,
                "SELECT id FROM conversations WHERE search_key_id IS NULL OR search_key_id <> ? LIMIT ?",
                row -> row.getString(1), cipher.keyId(), limit);
        for (String id : ids) {
            rebuild(connection, id);
        }
        return ids.size();
    }

    private void rebuild(Connection connection, String id) throws SQLException {
        Optional<Conversation> conversation = tables.conversations().find(connection, id);
        if (conversation.isPresent()) {
            tables.search().rebuild(connection, conversation.get(), tables.messages().all(connection, id));
        }
    }
}
