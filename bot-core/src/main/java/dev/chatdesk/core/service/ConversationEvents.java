package dev.chatdesk.core.service;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.Message;

/**
 * Hears what changes in conversations, to push it to customers' and agents' screens and to
 * messaging platforms. Called after the change is stored; implementations must not block.
 */
public interface ConversationEvents {
    /** A message was added to a conversation. */
    void messageAdded(Conversation conversation, Message message);

    /** A conversation's status or assignee changed (the conversation as it is now). */
    void statusChanged(Conversation conversation);

    /** Listens to nothing. */
    ConversationEvents NONE = new ConversationEvents() {
        @Override
        public void messageAdded(Conversation conversation, Message message) {}

        @Override
        public void statusChanged(Conversation conversation) {}
    };
}
