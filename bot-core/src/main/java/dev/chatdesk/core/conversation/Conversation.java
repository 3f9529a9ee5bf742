package dev.chatdesk.core.conversation;

import java.time.Instant;

/**
 * A stored conversation.
 *
 * @param id the conversation's id
 * @param channel the channel it runs on
 * @param channelAddress where the channel delivers replies (may be null)
 * @param customer who the customer is
 * @param customerId the customer's number in the store: what exports and erasures name
 * @param locale the customer's language
 * @param tokenHash the hash of the customer's token (may be null)
 * @param status who answers it now
 * @param assignee the agent who has claimed it (null unless {@code with_agent})
 * @param assigneeName the name customers see for that agent: its display name, null when it has
 *     none (customers then see "our team"; never the username)
 * @param createdAt when it started
 * @param updatedAt when it last changed
 */
public record Conversation(
        String id,
        String channel,
        String channelAddress,
        Customer customer,
        long customerId,
        String locale,
        String tokenHash,
        ConversationStatus status,
        String assignee,
        String assigneeName,
        Instant createdAt,
        Instant updatedAt) {}
