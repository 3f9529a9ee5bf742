package dev.chatdesk.core.conversation;

import dev.chatdesk.core.WireEnum;

/** Who wrote a message. */
public enum Role implements WireEnum {
    CUSTOMER,
    BOT,
    AGENT,
    SYSTEM,
    /** An internal note: agents write them for each other, the server records failed deliveries; customers never see one. */
    NOTE;

    /** Whether the customer sees messages of this role. */
    public boolean customerSees() {
        return this != NOTE;
    }

    /** The role for its API name. */
    public static Role fromWireName(String name) {
        return WireEnum.parse(Role.class, name);
    }
}
