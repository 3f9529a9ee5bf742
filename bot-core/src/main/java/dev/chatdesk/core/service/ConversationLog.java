package dev.chatdesk.core.service;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.store.ConversationStore;
import java.util.List;

/** Reads conversations from the store and tells the listeners about each change once it is stored. */
final class ConversationLog {
    private final ConversationStore store;
    private final ConversationEvents events;

    ConversationLog(ConversationStore store, ConversationEvents events) {
        this.store = store;
        this.events = events;
    }

    /** The conversation, or {@link ConversationNotFoundException}. */
    Conversation find(String conversationId) {
        return store.find(conversationId).orElseThrow(() -> new ConversationNotFoundException(conversationId));
    }

    /** Appends a message to a conversation as it is now, and publishes it. */
    Message append(Conversation conversation, NewMessage message) {
        Message stored = store.append(conversation.id(), message);
        events.messageAdded(conversation, stored);
        return stored;
    }

    /** Publishes messages stored together. */
    void published(Conversation conversation, List<Message> messages) {
        messages.forEach(m -> events.messageAdded(conversation, m));
    }

    /** Publishes a status change and the message that announces it. */
    Conversation changed(String conversationId, NewMessage announcement) {
        Message message = store.append(conversationId, announcement);
        Conversation conversation = find(conversationId);
        events.statusChanged(conversation);
        events.messageAdded(conversation, message);
        return conversation;
    }
}
