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
 * @param awaitingEmail whether the bot, handing over while the team is away, waits for the
 *     customer's e-mail address (the widget shows a field for it)
 */
public record TurnResult(ConversationStatus status, Message message, List<Message> replies, boolean awaitingEmail) {
    /** Copies the list. */
    public TurnResult {
        replies = List.copyOf(replies);
    }
}
