package dev.chatdesk.core.store;

import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.PendingDelivery;
import java.util.List;

/**
 * The messaging platforms' inbox and outbox: webhook deliveries recorded until processed, and the
 * messages of platform conversations not yet handed to their platform. Thread-safe; every method
 * that returns has made its change durable. Calls block: make them off event loops.
 */
public interface DeliveryStore {
    /**
     * Records a platform delivery, with what it carries, until it is processed: so a retry is
     * recognised, and one acknowledged but not processed when the server stopped is processed at
     * the next start.
     *
     * @param payload the delivery as the channel will read it again (kept only until processed)
     * @return true the first time for this channel and delivery id, false for a repeat
     */
    boolean firstDelivery(String channel, String deliveryId, String payload);

    /** Marks a recorded delivery processed, and forgets its payload; it is still recognised as a repeat. */
    void deliveryProcessed(String channel, String deliveryId);

    /** The channel's recorded deliveries not yet processed, oldest first. */
    List<PendingDelivery> pendingDeliveries(String channel);

    /**
     * The bot, agent and system messages of conversations on a messaging platform (those with a
     * channel address) that were not marked delivered, oldest first: what a stopped server had not sent.
     */
    List<Message> undeliveredMessages();

    /** Marks a message as handed to its platform (or given up on, with a note for agents). */
    void messageDelivered(String messageId);
}
