package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.PendingDelivery;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Platform deliveries in the {@code deliveries} table: every one ever received, so retries are
 * recognised, and the payloads of those not yet processed.
 */
final class DeliveryTable {
    static final String PAYLOAD = "deliveries.payload";

    private final RecordCipher cipher;

    DeliveryTable(RecordCipher cipher) {
        this.cipher = cipher;
    }

    /** Records a delivery with its payload; false when it was recorded before. */
    boolean insertIfNew(Connection connection, String channel, String deliveryId, String payload, Instant now)
            throws SQLException {
        return Sql.update(connection, """
                INSERT INTO deliveries(channel, delivery_id, received_at, payload, key_id) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(channel, delivery_id) DO NOTHING
                """, channel, deliveryId, now, cipher.seal(payload, PAYLOAD), cipher.keyId()) == 1;
    }

    /** Marks a delivery processed and drops its payload. */
    void processed(Connection connection, String channel, String deliveryId, Instant now) throws SQLException {
        Sql.update(connection, "UPDATE deliveries SET payload = NULL, processed_at = ? WHERE channel = ? AND delivery_id = ?",
                now, channel, deliveryId);
    }

    /** Deletes a delivery's record, its payload with it. */
    void forget(Connection connection, String channel, String deliveryId) throws SQLException {
        Sql.update(connection, "DELETE FROM deliveries WHERE channel = ? AND delivery_id = ?", channel, deliveryId);
    }

    /** The channel's deliveries with a payload still to process, oldest first. */
    List<PendingDelivery> pending(Connection connection, String channel) throws SQLException {
        return Sql.list(connection, """
                SELECT delivery_id, payload, key_id, received_at FROM deliveries WHERE channel = ? AND payload IS NOT NULL
                ORDER BY received_at, delivery_id
                """, row -> new PendingDelivery(row.getString("delivery_id"),
                        cipher.open(row.getString("key_id"), row.getString("payload"), PAYLOAD),
                        Sql.instant(row, "received_at")), channel);
    }
}
