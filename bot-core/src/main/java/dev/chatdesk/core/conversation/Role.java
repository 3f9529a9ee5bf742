package dev.chatdesk.core.conversation;

import java.util.Locale;

/** Who wrote a message. */
public enum Role {
    CUSTOMER,
    BOT,
    AGENT,
    SYSTEM;

    /** The role as the API writes it, such as {@code customer}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role for its API name. */
    public static Role fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
