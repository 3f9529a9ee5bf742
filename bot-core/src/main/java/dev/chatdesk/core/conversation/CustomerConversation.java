package dev.chatdesk.core.conversation;

import dev.chatdesk.core.WireEnum;
import java.time.Instant;

/**
 * One conversation of a customer's profile, as a line: when, where, and how it ended.
 *
 * @param conversationId the conversation
 * @param channel where it happened
 * @param status its status now
 * @param outcome how it went
 * @param startedAt when it started
 * @param lastActivityAt when it last changed
 * @param escalationReason why it first went to a person; null if it never did
 * @param agent the agent who first answered it; null if none did
 * @param rating the customer's rating, 1 to 5; null if none
 */
public record CustomerConversation(String conversationId, String channel, ConversationStatus status, Outcome outcome,
        Instant startedAt, Instant lastActivityAt, EscalationReason escalationReason, String agent, Integer rating) {
    /** How a conversation went, as a manager counts it. */
    public enum Outcome implements WireEnum {
        /** The bot handled it; it never went to a person. */
        CONTAINED,
        /** It waits for an agent. */
        WAITING,
        /** An agent has it. */
        WITH_AGENT,
        /** An agent resolved it. */
        RESOLVED,
        /** It went to a person and back to the bot. */
        HANDED_BACK
    }
}
