package dev.chatdesk.core.conversation;

import dev.chatdesk.core.WireEnum;

/** Who answers a conversation: {@code bot -> waiting_for_agent -> with_agent -> bot | closed}. */
public enum ConversationStatus implements WireEnum {
    BOT,
    WAITING_FOR_AGENT,
    WITH_AGENT,
    CLOSED;

    /** The status for its API name. */
    public static ConversationStatus fromWireName(String name) {
        return WireEnum.parse(ConversationStatus.class, name);
    }
}
