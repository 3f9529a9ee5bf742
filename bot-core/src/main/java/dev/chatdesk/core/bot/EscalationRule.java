package dev.chatdesk.core.bot;

/**
 * A rule that hands a conversation to a human whenever the customer's intent is one the company
 * wants people to handle.
 *
 * @param name the rule's name, shown to agents
 * @param intent the intent that triggers it
 */
public record EscalationRule(String name, String intent) {}
