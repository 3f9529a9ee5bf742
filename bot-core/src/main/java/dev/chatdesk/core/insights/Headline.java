package dev.chatdesk.core.insights;

import dev.chatdesk.core.conversation.EscalationReason;
import java.util.Map;

/**
 * A range's headline measures: what the dashboard's cards show and compare with the range before.
 * Conversations count from their start, and only those in which the customer wrote.
 *
 * @param conversations conversations started in the range in which the customer wrote
 * @param contained those of them that never went to a person
 * @param escalations escalations in the range by reason (a conversation may have several)
 * @param csat the ratings given in the range
 * @param firstResponse from an escalation in the range to its first agent reply
 * @param resolution from an escalation in the range to the agent resolving the conversation
 */
public record Headline(long conversations, long contained, Map<EscalationReason, Long> escalations, Csat csat,
        Durations firstResponse, Durations resolution) {
    /** Copies the map. */
    public Headline {
        escalations = Map.copyOf(escalations);
    }

    /** The conversations that went to a person at least once. */
    public long escalated() {
        return conversations - contained;
    }

    /** The share of conversations the bot finished without a person (0 when there were none). */
    public double containmentRate() {
        return conversations == 0 ? 0 : (double) contained / conversations;
    }

    /** The share of conversations that went to a person (0 when there were none). */
    public double escalationRate() {
        return conversations == 0 ? 0 : (double) escalated() / conversations;
    }
}
