package dev.chatdesk.core.service;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole conversation as an agent reads it.
 *
 * @param conversation the conversation
 * @param messages every message, with the model's reading of customer messages
 * @param escalation its open escalation, if any
 * @param otherConversations the customer's other conversations, newest first
 * @param slots what the bot has learnt in the conversation, by slot name ({@code order_number})
 */
public record ConversationRecord(Conversation conversation, List<Message> messages, Optional<Escalation> escalation,
        List<Conversation> otherConversations, Map<String, String> slots) {
    /** Copies the lists and the slots. */
    public ConversationRecord {
        messages = List.copyOf(messages);
        otherConversations = List.copyOf(otherConversations);
        slots = Map.copyOf(slots);
    }
}
