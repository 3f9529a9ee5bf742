package dev.chatdesk.core.conversation;

import java.time.Instant;

/**
 * A platform delivery acknowledged but not yet processed.
 *
 * @param deliveryId the platform's id of it
 * @param payload what it carries, as its channel stored it
 * @param receivedAt when it was recorded
 */
public record PendingDelivery(String deliveryId, String payload, Instant receivedAt) {}
