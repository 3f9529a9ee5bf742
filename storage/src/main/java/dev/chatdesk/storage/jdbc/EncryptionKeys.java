package dev.chatdesk.storage.jdbc;

import dev.chatdesk.storage.crypto.RecordCipher;
import dev.chatdesk.storage.crypto.UndecryptableRecordException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The checks that keep a store from serving garbage: every key id its records name must be
 * configured, and each configured key must be the one first used under its id.
 */
final class EncryptionKeys {
    /** The tables whose rows carry a {@code key_id}. */
    static final List<String> TABLES = List.of("customers", "conversations", "messages", "escalations", "feedback", "deliveries");

    private EncryptionKeys() {}

    /**
     * Records the configured keys' check values (the first time each id is used) and refuses keys
     * that differ from the recorded ones, or records whose key is not configured.
     *
     * @throws UndecryptableRecordException saying which key is wrong or missing
     */
    static void verify(Connection connection, RecordCipher cipher, Instant now) throws SQLException {
        for (String keyId : cipher.keyIds()) {
            Optional<String> recorded = Sql.first(connection, "SELECT check_value FROM encryption_keys WHERE key_id = ?",
                    row -> row.getString(1), keyId);
            if (recorded.isEmpty()) {
                Sql.update(connection, "INSERT INTO encryption_keys(key_id, check_value, first_used_at) VALUES (?, ?, ?)",
                        keyId, cipher.checkValue(keyId), now);
            } else if (!RecordCipher.sameCheckValue(recorded.get(), cipher.checkValue(keyId))) {
                throw new UndecryptableRecordException("The encryption key '" + keyId + "' in privacy.encryptionKeys is not the key "
                        + "that id stood for when records were encrypted with it; configure the original key");
            }
        }
        TreeSet<String> missing = new TreeSet<>(inUse(connection));
        missing.removeAll(cipher.keyIds());
        if (!missing.isEmpty()) {
            throw new UndecryptableRecordException("Stored records are encrypted with the key" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing.stream().map(id -> "'" + id + "'").toList())
                    + ", which privacy.encryptionKeys does not hold; add "
                    + (missing.size() == 1 ? "it" : "them") + " (a rotation can retire old keys afterwards)");
        }
    }

    /** Every key id some record is encrypted with. */
    static TreeSet<String> inUse(Connection connection) throws SQLException {
        TreeSet<String> ids = new TreeSet<>();
        for (String table : TABLES) {
            ids.addAll(Sql.list(connection, "SELECT DISTINCT key_id FROM " + table + " WHERE key_id IS NOT NULL",
                    row -> row.getString(1)));
        }
        return ids;
    }
}
