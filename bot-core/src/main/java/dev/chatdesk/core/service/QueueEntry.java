package dev.chatdesk.core.service;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.Message;
import java.util.List;

/**
 * An escalated conversation as agents see it in the queue.
 *
 * @param escalation why and when it was escalated, with the summary and the sentiment trend
 * @param conversation the conversation (status, customer, assignee)
 * @param lastMessages its last messages, in order
 * @param overdue whether it has waited for an agent longer than it should
 */
public record QueueEntry(Escalation escalation, Conversation conversation, List<Message> lastMessages, boolean overdue) {
    /** Copies the list. */
    public QueueEntry {
        lastMessages = List.copyOf(lastMessages);
    }
}
