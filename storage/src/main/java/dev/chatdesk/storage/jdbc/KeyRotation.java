package dev.chatdesk.storage.jdbc;

import dev.chatdesk.storage.crypto.RecordCipher;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-encrypts every record not under the active key (older keys, or plain text from before
 * encryption was on) with the active key, a batch per transaction so the server keeps working
 * beside it. Resumable: a record is picked by its key id, so a stopped rotation goes on where it
 * was. Lookup columns are recomputed with their values; search documents are made again last.
 */
final class KeyRotation {
    /**
     * A table's sealed columns (each also the name its values are sealed under, {@code table.column}),
     * the columns that identify a row, and the lookup columns computed from a sealed one (kept NULL where NULL).
     */
    private record SealedTable(String name, List<String> rowKey, List<String> sealed, Map<String, String> lookups) {}

    private static final List<SealedTable> TABLES = List.of(
            new SealedTable("customers", List.of("id"), List.of("external_ref", "name", "email"),
                    Map.of("external_id", "external_ref", "email_key", "email")),
            new SealedTable("conversations", List.of("id"), List.of("channel_address", "dialogue_state"),
                    Map.of("channel_address_key", "channel_address")),
            new SealedTable("messages", List.of("id"), List.of("text", "original_text"), Map.of()),
            new SealedTable("escalations", List.of("id"), List.of("detail", "summary"), Map.of()),
            new SealedTable("feedback", List.of("conversation_id"), List.of("comment"), Map.of()),
            new SealedTable("deliveries", List.of("channel", "delivery_id"), List.of("payload"), Map.of()));

    private final Database database;
    private final RecordCipher cipher;
    private final SearchRebuild search;

    /** A rotation that also indexes again, from the re-encrypted messages, conversations searched under older keys. */
    KeyRotation(Database database, RecordCipher cipher, SearchRebuild search) {
        this.database = database;
        this.cipher = cipher;
        this.search = search;
    }

    /** Re-encrypts up to {@code batchSize} records; the number done, 0 when none is left. */
    int nextBatch(int batchSize) {
        if (!cipher.enabled()) {
            throw new IllegalStateException("no encryption key is configured (privacy.encryptionKeys) to rotate to");
        }
        return database.write(c -> {
            int done = 0;
            for (SealedTable table : TABLES) {
                done += rotate(c, table, batchSize - done);
                if (done == batchSize) {
                    return done;
                }
            }
            return done + search.underOtherKeys(database, c, batchSize - done);
        });
    }

    private int rotate(Connection c, SealedTable table, int limit) throws SQLException {
        List<String> selected = new ArrayList<>();
        for (int i = 0; i < table.rowKey().size(); i++) {
            selected.add(table.rowKey().get(i) + " AS row_key_" + i);
        }
        selected.add("key_id");
        selected.addAll(table.sealed());
        selected.addAll(table.lookups().keySet());
        List<Object[]> updates = Sql.list(c, "SELECT " + String.join(", ", selected) + " FROM " + table.name()
                + " WHERE key_id IS NULL OR key_id <> ? LIMIT ?", row -> resealed(row, table), cipher.keyId(), limit);
        List<String> assignments = new ArrayList<>();
        table.sealed().forEach(column -> assignments.add(column + " = ?"));
        table.lookups().keySet().forEach(column -> assignments.add(column + " = ?"));
        assignments.add("key_id = ?");
        String where = String.join(" AND ", table.rowKey().stream().map(column -> column + " = ?").toList());
        for (Object[] update : updates) {
            Sql.update(c, "UPDATE " + table.name() + " SET " + String.join(", ", assignments) + " WHERE " + where, update);
        }
        return updates.size();
    }

    /** The UPDATE's parameters for one row: its sealed values, lookups and key id, then its row key. */
    private Object[] resealed(ResultSet row, SealedTable table) throws SQLException {
        String keyId = row.getString("key_id");
        List<Object> parameters = new ArrayList<>();
        Map<String, String> plain = new HashMap<>();
        for (String column : table.sealed()) {
            String value = cipher.open(keyId, row.getString(column), table.name() + "." + column);
            plain.put(column, value);
            parameters.add(cipher.seal(value, table.name() + "." + column));
        }
        for (Map.Entry<String, String> lookup : table.lookups().entrySet()) {
            parameters.add(row.getString(lookup.getKey()) == null ? null : cipher.lookup(plain.get(lookup.getValue())));
        }
        parameters.add(cipher.keyId());
        for (int i = 0; i < table.rowKey().size(); i++) {
            parameters.add(row.getObject("row_key_" + i));
        }
        return parameters.toArray();
    }
}
