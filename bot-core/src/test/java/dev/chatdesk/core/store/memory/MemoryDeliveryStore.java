package dev.chatdesk.core.store.memory;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.PendingDelivery;
import dev.chatdesk.core.store.DeliveryStore;
import dev.chatdesk.core.store.memory.Memory.DeliveryRecord;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@link DeliveryStore} of {@link InMemoryStores}. */
final class MemoryDeliveryStore implements DeliveryStore {
    private final Memory memory;

    MemoryDeliveryStore(Memory memory) {
        this.memory = memory;
    }

    @Override
    public boolean firstDelivery(String channel, String deliveryId, String payload) {
        requireNonNull(channel, "channel");
        requireNonNull(deliveryId, "deliveryId");
        requireNonNull(payload, "payload");
        synchronized (memory) {
            Map<String, DeliveryRecord> ofChannel = memory.deliveries.computeIfAbsent(channel, c -> new HashMap<>());
            if (ofChannel.containsKey(deliveryId)) {
                return false;
            }
            ofChannel.put(deliveryId, new DeliveryRecord(memory.nextOrder(), deliveryId, memory.clock.instant(), payload));
            return true;
        }
    }

    @Override
    public void deliveryProcessed(String channel, String deliveryId) {
        requireNonNull(channel, "channel");
        requireNonNull(deliveryId, "deliveryId");
        synchronized (memory) {
            DeliveryRecord delivery = memory.deliveries.getOrDefault(channel, Map.of()).get(deliveryId);
            if (delivery != null) {
                delivery.payload = null;
            }
        }
    }

    @Override
    public List<PendingDelivery> pendingDeliveries(String channel) {
        requireNonNull(channel, "channel");
        synchronized (memory) {
            return memory.deliveries.getOrDefault(channel, Map.of()).values().stream()
                    .filter(d -> d.payload != null)
                    .sorted(Comparator.comparing((DeliveryRecord d) -> d.receivedAt).thenComparingLong(d -> d.order))
                    .map(d -> new PendingDelivery(d.deliveryId, d.payload, d.receivedAt))
                    .toList();
        }
    }

    @Override
    public List<Message> undeliveredMessages() {
        synchronized (memory) {
            return memory.conversations.values().stream()
                    .flatMap(r -> r.messages.stream())
                    .filter(m -> memory.undelivered.containsKey(m.id()))
                    .sorted(Comparator.comparing(Message::createdAt).thenComparing(Message::conversationId)
                            .thenComparingLong(Message::seq))
                    .toList();
        }
    }

    @Override
    public void messageDelivered(String messageId) {
        requireNonNull(messageId, "messageId");
        synchronized (memory) {
            memory.undelivered.remove(messageId);
        }
    }
}
