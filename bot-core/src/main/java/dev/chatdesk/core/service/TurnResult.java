package dev.chatdesk.core.service;

import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Message;
import java.util.List;

/**
 * What became of a customer message.
 *
 * @param status the conversation's status after it
 * @param message the stored customer message, with what the model understood
 * @param replies what the bot answered (empty while a human has the conversation)
 */
public record TurnResult(ConversationStatus status, Message message, List<Message> replies) {
    /** Copies the list. */
    public TurnResult {
        replies = List.copyOf(replies);
    }
}
