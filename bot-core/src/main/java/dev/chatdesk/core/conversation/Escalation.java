package dev.chatdesk.core.conversation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * A conversation handed to humans, with what they need to take over.
 *
 * @param conversationId the conversation
 * @param reason why it was escalated
 * @param detail more about the reason (the rule's name, the anger score), for agents
 * @param summary a short summary: intents seen, slots, the last question
 * @param trend the sentiment of each customer message up to the escalation, oldest first
 * @param escalatedAt when it was escalated
 */
public record Escalation(
        String conversationId,
        EscalationReason reason,
        String detail,
        String summary,
        List<SentimentPoint> trend,
        Instant escalatedAt) {
    /** Requires the conversation, reason and time; copies the trend. */
    public Escalation {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(reason, "reason");
        requireNonNull(escalatedAt, "escalatedAt");
        trend = List.copyOf(trend);
    }
}
