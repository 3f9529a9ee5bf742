package dev.chatdesk.storage.jdbc;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.PendingDelivery;
import dev.chatdesk.core.store.DeliveryStore;
import java.time.Clock;
import java.util.List;

/** The {@link DeliveryStore} of a {@link SqliteStorage}. */
final class JdbcDeliveryStore implements DeliveryStore {
    private final Database database;
    private final Clock clock;
    private final DeliveryTable deliveryTable;
    private final MessageTable messageTable;

    JdbcDeliveryStore(Database database, Clock clock, Tables tables) {
        this.database = database;
        this.clock = clock;
        this.deliveryTable = tables.deliveries();
        this.messageTable = tables.messages();
    }

    @Override
    public boolean firstDelivery(String channel, String deliveryId, String payload) {
        requireNonNull(channel, "channel");
        requireNonNull(deliveryId, "deliveryId");
        requireNonNull(payload, "payload");
        return database.write(c -> deliveryTable.insertIfNew(c, channel, deliveryId, payload, clock.instant()));
    }

    @Override
    public void deliveryProcessed(String channel, String deliveryId) {
        requireNonNull(channel, "channel");
        requireNonNull(deliveryId, "deliveryId");
        database.write(c -> {
            deliveryTable.processed(c, channel, deliveryId, clock.instant());
            return null;
        });
    }

    @Override
    public List<PendingDelivery> pendingDeliveries(String channel) {
        requireNonNull(channel, "channel");
        return database.read(c -> deliveryTable.pending(c, channel));
    }

    @Override
    public List<Message> undeliveredMessages() {
        return database.read(messageTable::undelivered);
    }

    @Override
    public void messageDelivered(String messageId) {
        requireNonNull(messageId, "messageId");
        database.write(c -> {
            messageTable.delivered(c, messageId, clock.instant());
            return null;
        });
    }
}
