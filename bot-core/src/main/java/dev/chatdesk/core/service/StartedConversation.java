package dev.chatdesk.core.service;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.Message;
import java.util.List;

/**
 * A conversation that has just started, with the bot's greeting.
 *
 * @param conversation the stored conversation
 * @param messages its first messages
 */
public record StartedConversation(Conversation conversation, List<Message> messages) {
    /** Copies the list. */
    public StartedConversation {
        messages = List.copyOf(messages);
    }
}
