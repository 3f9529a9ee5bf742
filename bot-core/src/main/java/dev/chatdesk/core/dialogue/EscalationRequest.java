package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.conversation.EscalationReason;

/**
 * A dialogue manager's decision to hand the conversation to a human.
 *
 * @param reason why
 * @param detail more about why, for agents (the rule's name, the anger level)
 */
public record EscalationRequest(EscalationReason reason, String detail) {}
