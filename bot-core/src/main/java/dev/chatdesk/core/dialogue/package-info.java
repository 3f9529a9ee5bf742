/**
 * The dialogue manager: the policies that decide each bot turn (flow, intent, knowledge base,
 * clarification, fallback, escalation) and the state a conversation carries between turns.
 */
package dev.chatdesk.core.dialogue;
