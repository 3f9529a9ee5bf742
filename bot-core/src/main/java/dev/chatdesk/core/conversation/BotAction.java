package dev.chatdesk.core.conversation;

import dev.chatdesk.core.WireEnum;

/** What the bot did with a customer message it read: what the insights count its turns by. */
public enum BotAction implements WireEnum {
    /** Answered from an intent's responses or a flow. */
    ANSWERED,
    /** Answered from a help article, citing it. */
    ARTICLE,
    /** Asked which of its intents the customer meant. */
    CLARIFIED,
    /** Heard "none of these" to the meanings it offered, and asked for other words. */
    DECLINED,
    /** Said what it cannot do (escalating when it had failed too often). */
    FALLBACK,
    /** Handed the customer to a person (anger, a request, a rule). */
    ESCALATED;

    /** The action for its stored name. */
    public static BotAction fromWireName(String name) {
        return WireEnum.parse(BotAction.class, name);
    }
}
