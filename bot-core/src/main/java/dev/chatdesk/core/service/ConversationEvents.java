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

    /** The model read a customer message (the message with what it understood), and the turn is stored. */
    default void understood(Conversation conversation, Message message) {}

    /** These events, then the same events to {@code next}. */
    default ConversationEvents andThen(ConversationEvents next) {
        ConversationEvents first = this;
        return new ConversationEvents() {
            @Override
            public void messageAdded(Conversation conversation, Message message) {
                first.messageAdded(conversation, message);
                next.messageAdded(conversation, message);
            }

            @Override
            public void statusChanged(Conversation conversation) {
                first.statusChanged(conversation);
                next.statusChanged(conversation);
            }

            @Override
            public void understood(Conversation conversation, Message message) {
                first.understood(conversation, message);
                next.understood(conversation, message);
            }
        };
    }

    /** Listens to nothing. */
    ConversationEvents NONE = new ConversationEvents() {
        @Override
        public void messageAdded(Conversation conversation, Message message) {}

        @Override
        public void statusChanged(Conversation conversation) {}
    };
}
