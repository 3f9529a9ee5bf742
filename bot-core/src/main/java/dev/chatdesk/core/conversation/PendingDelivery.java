package dev.chatdesk.core.conversation;

/**
 * A platform delivery acknowledged but not yet processed.
 *
 * @param deliveryId the platform's id of it
 * @param payload what it carries, as its channel stored it
 */
public record PendingDelivery(String deliveryId, String payload) {}
