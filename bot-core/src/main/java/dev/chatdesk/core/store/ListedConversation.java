package dev.chatdesk.core.store;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.Role;

/**
 * A conversation as a list shows it: with its last message (null for a conversation without one).
 *
 * @param conversation the conversation
 * @param lastText the text of its last message, as stored (masked where the store masks)
 * @param lastRole who wrote that message
 */
public record ListedConversation(Conversation conversation, String lastText, Role lastRole) {}
