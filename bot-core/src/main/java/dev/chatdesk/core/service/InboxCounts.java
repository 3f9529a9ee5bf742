package dev.chatdesk.core.service;

import dev.chatdesk.core.conversation.ConversationStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * How many conversations an agent may read are in each view of the inbox.
 *
 * @param mine with the agent now
 * @param unassigned waiting for an agent
 * @param open not closed: with the bot, waiting or with an agent
 * @param resolved closed
 */
public record InboxCounts(long mine, long unassigned, long open, long resolved) {
    /** The statuses of the "All open" view. */
    public static final Set<ConversationStatus> OPEN = EnumSet.complementOf(EnumSet.of(ConversationStatus.CLOSED));
}
