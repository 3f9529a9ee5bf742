package dev.chatdesk.core.store;

import dev.chatdesk.core.conversation.Feedback;
import java.util.Optional;

/**
 * Customers' ratings of their conversations. Thread-safe; every method that returns has made its
 * change durable. Calls block: make them off event loops.
 */
public interface FeedbackStore {
    /**
     * Stores a customer's rating of a conversation, replacing an earlier one.
     *
     * @throws java.util.NoSuchElementException naming the conversation when there is no such conversation
     */
    void saveFeedback(String conversationId, Feedback feedback);

    /** The conversation's rating, empty when its customer gave none. */
    Optional<Feedback> feedback(String conversationId);
}
