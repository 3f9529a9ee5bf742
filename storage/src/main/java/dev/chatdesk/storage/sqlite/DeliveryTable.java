package dev.chatdesk.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** Platform deliveries already handled, in the {@code deliveries} table, so retries are recognised. */
final class DeliveryTable {
    private DeliveryTable() {}

    /** Records a delivery; false when it was recorded before. */
    static boolean insertIfNew(Connection connection, String channel, String deliveryId, Instant now)
            throws SQLException {
        return Sql.update(connection, """
                INSERT INTO deliveries(channel, delivery_id, received_at) VALUES (?, ?, ?)
                ON CONFLICT(channel, delivery_id) DO NOTHING
                """, channel, deliveryId, now) == 1;
    }
}
