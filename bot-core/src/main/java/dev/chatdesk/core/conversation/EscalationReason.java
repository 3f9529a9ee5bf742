package dev.chatdesk.core.conversation;

import dev.chatdesk.core.WireEnum;

/** Why a conversation went to a human. */
public enum EscalationReason implements WireEnum {
    /** The customer is angry, or getting more frustrated turn by turn. */
    ANGER,
    /** The customer asked for a person. */
    REQUESTED,
    /** The bot failed to help several times in a row. */
    BOT_FAILED,
    /** One of the bot's escalation rules matched. */
    RULE;

    /** The reason for its API name. */
    public static EscalationReason fromWireName(String name) {
        return WireEnum.parse(EscalationReason.class, name);
    }
}
