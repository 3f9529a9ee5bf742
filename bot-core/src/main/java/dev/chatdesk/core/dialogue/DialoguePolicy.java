package dev.chatdesk.core.dialogue;

import java.util.Optional;

/** One way of answering a turn; the dialogue manager asks its policies in order until one decides. */
interface DialoguePolicy {
    /** The decision, or empty when this policy does not apply to the turn. */
    Optional<Decision> decide(TurnContext turn);
}
