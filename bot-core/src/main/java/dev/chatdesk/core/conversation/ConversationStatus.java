package dev.chatdesk.core.conversation;

import java.util.Locale;

/** Who answers a conversation: {@code bot -> waiting_for_agent -> with_agent -> bot | closed}. */
public enum ConversationStatus {
    BOT,
    WAITING_FOR_AGENT,
    WITH_AGENT,
    CLOSED;

    /** The status as the API writes it, such as {@code waiting_for_agent}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status for its API name. */
    public static ConversationStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
