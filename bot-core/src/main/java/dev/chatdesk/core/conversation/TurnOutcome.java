package dev.chatdesk.core.conversation;

import java.util.List;

/**
 * Everything one turn changes, stored together or not at all.
 *
 * @param replies the messages to add (bot and system messages), in order
 * @param dialogueState the dialogue manager's state after the turn (opaque to the store)
 * @param status the conversation's status after the turn
 * @param escalation the escalation this turn started (null if none)
 */
public record TurnOutcome(List<NewMessage> replies, String dialogueState, ConversationStatus status, Escalation escalation) {
    /** Copies the list. */
    public TurnOutcome {
        replies = List.copyOf(replies);
    }
}
