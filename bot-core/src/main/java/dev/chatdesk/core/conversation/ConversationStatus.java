package dev.chatdesk.core.conversation;

import dev.chatdesk.core.WireEnum;

/** Who answers a conversation: {@code bot -> waiting_for_agent -> with_agent -> bot | closed}. */
public enum ConversationStatus implements WireEnum {
    BOT,
    WAITING_FOR_AGENT,
    WITH_AGENT,
    CLOSED;

    /** Whether moving to this status ends the conversation's open escalation: the bot is back, or it is closed. */
    public boolean endsEscalation() {
        return this == BOT || this == CLOSED;
    }

    /**
     * Checks that a conversation moving to this status may have this assignee: only one with an
     * agent has one (null always passes).
     *
     * @throws IllegalArgumentException when it may not
     */
    public void requireAllowedAssignee(String assignee) {
        if (assignee != null && this != WITH_AGENT) {
            throw new IllegalArgumentException(
                    "Only a conversation with an agent has an assignee, not one moving to " + wireName());
        }
    }

    /** The status for its API name. */
    public static ConversationStatus fromWireName(String name) {
        return WireEnum.parse(ConversationStatus.class, name);
    }
}
