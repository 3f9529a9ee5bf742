package dev.chatdesk.core.service;

import dev.chatdesk.core.nlu.Language;

/** What a conversation is told when an agent joins it, passes it on or closes it, in its language. */
enum AgentNotice {
    /** An agent took the conversation: the agent's name. */
    JOINED("%s has joined the conversation.", "客服 %s 已加入对话。"),
    /** An agent passed it to another: both names. */
    TRANSFERRED("%s passed this conversation to %s.", "%s 已将对话转给 %s。"),
    /** An agent closed it: the agent's name. */
    CLOSED("This conversation was closed by %s.", "本次对话已由 %s 结束。");

    private final String english;
    private final String chinese;

    AgentNotice(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The notice in a language, with the names filled in. */
    String in(Language language, Object... names) {
        return (language == Language.ZH ? chinese : english).formatted(names);
    }
}
