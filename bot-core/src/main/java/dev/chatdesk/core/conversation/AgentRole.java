package dev.chatdesk.core.conversation;

import java.util.Locale;

/** What an agent account may do: agents take conversations, admins also manage accounts and content. */
public enum AgentRole {
    AGENT,
    ADMIN;

    /** The role as the API writes it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role for its API name. */
    public static AgentRole fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
