package dev.chatdesk.core.service;

import dev.chatdesk.core.nlu.Language;

/**
 * What a conversation is told when an agent joins it, passes it on or closes it, in its language.
 * Customers read these: an agent is named by the display name customers see, or not at all, never
 * by the username.
 */
enum AgentNotice {
    /** An agent took the conversation: the agent's display name. */
    JOINED_AS("%s has joined the conversation.", "客服 %s 已加入对话。"),
    /** An agent without a display name took the conversation. */
    JOINED("Someone from our team has joined the conversation.", "客服已加入对话。"),
    /** Another agent has it now: that agent's display name. */
    TAKEN_OVER_BY("%s is taking over this conversation.", "接下来由 %s 为您服务。"),
    /** Another agent, without a display name, has it now. */
    TAKEN_OVER("Another person from our team is taking over this conversation.", "接下来由另一位客服为您服务。"),
    /** An agent closed it. */
    CLOSED("This conversation was closed by our team.", "本次对话已由客服结束。");

    private final String english;
    private final String chinese;

    AgentNotice(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** That an agent joined, named if the agent has a display name. */
    static String joined(Language language, String displayName) {
        return displayName == null ? JOINED.in(language) : JOINED_AS.in(language, displayName);
    }

    /** That another agent took over, named if that agent has a display name. */
    static String takenOver(Language language, String displayName) {
        return displayName == null ? TAKEN_OVER.in(language) : TAKEN_OVER_BY.in(language, displayName);
    }

    /** The notice in a language, with the names filled in. */
    String in(Language language, Object... names) {
        return (language == Language.ZH ? chinese : english).formatted(names);
    }
}
