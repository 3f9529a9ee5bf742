package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.conversation.BotAction;
import dev.chatdesk.core.conversation.NewMessage;
import java.util.List;

/**
 * What the bot does in one turn.
 *
 * @param replies what it says, in order (may be empty when it escalates; the service then says
 *     what happens next)
 * @param state the conversation's state after the turn
 * @param escalation the hand-over to a human it asks for (null when none)
 * @param action what the turn counts as in the insights (null: it answered no customer question,
 *     such as the hand-over button or a message while the customer waits)
 */
public record Decision(List<NewMessage> replies, DialogueState state, EscalationRequest escalation, BotAction action) {
    /** Copies the list. */
    public Decision {
        replies = List.copyOf(replies);
    }

    /** A decision that answers no customer question. */
    public Decision(List<NewMessage> replies, DialogueState state, EscalationRequest escalation) {
        this(replies, state, escalation, null);
    }

    /** This decision, counted as the given action. */
    Decision as(BotAction counted) {
        return new Decision(replies, state, escalation, counted);
    }

    /** This decision with its action, when its policy named none: an escalation, an article's answer or an answer. */
    Decision counted() {
        if (action != null) {
            return this;
        }
        boolean cites = replies.stream().anyMatch(reply -> !reply.sources().isEmpty());
        return as(escalation != null ? BotAction.ESCALATED : cites ? BotAction.ARTICLE : BotAction.ANSWERED);
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
