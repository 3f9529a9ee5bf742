package dev.chatdesk.core.conversation;

import dev.chatdesk.core.WireEnum;

/** Who wrote a message. */
public enum Role implements WireEnum {
    CUSTOMER,
    BOT,
    AGENT,
    SYSTEM;

    /** The role for its API name. */
    public static Role fromWireName(String name) {
        return WireEnum.parse(Role.class, name);
    }
}
