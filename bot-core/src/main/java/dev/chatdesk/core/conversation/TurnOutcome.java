package dev.chatdesk.core.conversation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Everything one turn changes, stored together or not at all.
 *
 * @param replies the messages to add (bot and system messages), in order
 * @param dialogueState the dialogue manager's state after the turn (opaque to the store)
 * @param status the conversation's status after the turn
 * @param escalation the escalation this turn started (null if none)
 * @param botAction what the bot did with the turn's customer message (null: the bot did not answer it)
 */
public record TurnOutcome(List<NewMessage> replies, String dialogueState, ConversationStatus status, Escalation escalation,
        BotAction botAction) {
    /** Copies the list; the status is required. */
    public TurnOutcome {
        replies = List.copyOf(replies);
        requireNonNull(status, "status");
    }

    /** A turn in which the bot answered no customer message (a greeting, the hand-over button, an agent's turn). */
    public TurnOutcome(List<NewMessage> replies, String dialogueState, ConversationStatus status, Escalation escalation) {
        this(replies, dialogueState, status, escalation, null);
    }

    /**
     * Checks the rules of a turn of this conversation started by this customer message (null for a
     * turn no customer message started, such as the handoff button): NLU needs the customer message
     * it belongs to; a reply that names the message it answers names this one; an escalation is of
     * this conversation and leaves it waiting for or with an agent.
     *
     * @throws IllegalArgumentException when one does not hold
     */
    public void requireValidFor(String conversationId, String customerMessageId, MessageNlu nlu) {
        requireNonNull(conversationId, "conversationId");
        if ((nlu != null || botAction != null) && customerMessageId == null) {
            throw new IllegalArgumentException("NLU and the bot's action need the customer message they belong to");
        }
        for (NewMessage reply : replies) {
            if (reply.inReplyTo() != null && !reply.inReplyTo().equals(customerMessageId)) {
                throw new IllegalArgumentException("A reply of this turn answers " + reply.inReplyTo()
                        + ", not the turn's customer message " + customerMessageId);
            }
        }
        if (escalation == null) {
            return;
        }
        if (!conversationId.equals(escalation.conversationId())) {
            throw new IllegalArgumentException("The escalation is of conversation " + escalation.conversationId()
                    + ", not of " + conversationId);
        }
        if (status.endsEscalation()) {
            throw new IllegalArgumentException(
                    "A turn that escalates cannot leave the conversation with status " + status.wireName());
        }
    }

    /** The replies, each answering the turn's customer message (null: answering none). */
    public List<NewMessage> repliesTo(String customerMessageId) {
        return replies.stream().map(reply -> reply.replyingTo(customerMessageId)).toList();
    }
}
