package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.conversation.NewMessage;
import java.util.List;

/**
 * What the bot does in one turn.
 *
 * @param replies what it says, in order (may be empty when it escalates; the service then says
 *     what happens next)
 * @param state the conversation's state after the turn
 * @param escalation the hand-over to a human it asks for (null when none)
 */
public record Decision(List<NewMessage> replies, DialogueState state, EscalationRequest escalation) {
    /** Copies the list. */
    public Decision {
        replies = List.copyOf(replies);
    }

    /** A turn in which the bot answers. */
    static Decision reply(DialogueState state, NewMessage... replies) {
        return new Decision(List.of(replies), state, null);
    }

    /** A turn that hands the conversation to a human. */
    static Decision escalate(DialogueState state, EscalationRequest request, NewMessage... replies) {
        return new Decision(List.of(replies), state, request);
    }
}
