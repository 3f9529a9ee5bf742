package dev.chatdesk.core.conversation;

import dev.chatdesk.core.WireEnum;

/** What an agent account may do: agents take conversations, admins also manage accounts and content. */
public enum AgentRole implements WireEnum {
    AGENT,
    ADMIN;

    /** The role for its API name. */
    public static AgentRole fromWireName(String name) {
        return WireEnum.parse(AgentRole.class, name);
    }
}
