package dev.chatdesk.core.conversation;

import java.util.Locale;

/** Why a conversation went to a human. */
public enum EscalationReason {
    /** The customer is angry, or getting more frustrated turn by turn. */
    ANGER,
    /** The customer asked for a person. */
    REQUESTED,
    /** The bot failed to help several times in a row. */
    BOT_FAILED,
    /** One of the bot's escalation rules matched. */
    RULE;

    /** The reason as the API writes it, such as {@code bot_failed}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason for its API name. */
    public static EscalationReason fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
