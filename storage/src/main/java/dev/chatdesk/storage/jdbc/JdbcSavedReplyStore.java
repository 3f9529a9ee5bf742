package dev.chatdesk.storage.jdbc;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.core.conversation.SavedReply;
import dev.chatdesk.core.store.SavedReplyStore;
import java.util.List;

/** The {@link SavedReplyStore} of a {@link JdbcStorage}, in the {@code saved_replies} table. */
final class JdbcSavedReplyStore implements SavedReplyStore {
    private final Database database;

    JdbcSavedReplyStore(Database database) {
        this.database = database;
    }

    @Override
    public List<SavedReply> savedReplies() {
        return database.read(c -> Sql.list(c, "SELECT shortcut, text, updated_by, updated_at FROM saved_replies ORDER BY shortcut",
                row -> new SavedReply(row.getString("shortcut"), row.getString("text"), row.getString("updated_by"),
                        Sql.instant(row, "updated_at"))));
    }

    @Override
    public void saveReply(SavedReply reply) {
        requireNonNull(reply, "reply");
        database.write(c -> Sql.update(c, """
                INSERT INTO saved_replies(shortcut, text, updated_by, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (shortcut) DO UPDATE SET text = excluded.text, updated_by = excluded.updated_by,
                                                     updated_at = excluded.updated_at
                """, reply.shortcut(), reply.text(), reply.updatedBy(), reply.updatedAt()));
    }

    @Override
    public boolean deleteReply(String shortcut) {
        requireNonNull(shortcut, "shortcut");
        return database.write(c -> Sql.update(c, "DELETE FROM saved_replies WHERE shortcut = ?", shortcut)) == 1;
    }
}
