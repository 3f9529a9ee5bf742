package dev.chatdesk.core.conversation;

import java.time.Instant;
import java.util.List;

/**
 * One customer's data as stored.
 *
 * @param customerId the customer's number in the store
 * @param customer what the channel told about them
 * @param createdAt when the store first saw them
 * @param conversations each of their conversations, oldest first
 * @param tags the team's tags on them
 */
public record CustomerExport(long customerId, Customer customer, Instant createdAt, List<ConversationExport> conversations,
        List<CustomerTag> tags) {
    /** Copies the lists. */
    public CustomerExport {
        conversations = List.copyOf(conversations);
        tags = List.copyOf(tags);
    }

    /**
     * One conversation of the customer with all that belongs to it.
     *
     * @param conversation the conversation
     * @param messages every message, by sequence number, agents' internal notes included
     * @param escalations every hand-over to a person, oldest first
     * @param feedback the customer's rating, null when they gave none
     */
    public record ConversationExport(Conversation conversation, List<Message> messages, List<Escalation> escalations,
            Feedback feedback) {
        /** Copies the lists. */
        public ConversationExport {
            messages = List.copyOf(messages);
            escalations = List.copyOf(escalations);
        }
    }
}
