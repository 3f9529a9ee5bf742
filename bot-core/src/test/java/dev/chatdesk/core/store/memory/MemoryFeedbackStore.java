package dev.chatdesk.core.store.memory;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.core.conversation.Feedback;
import dev.chatdesk.core.store.FeedbackStore;
import java.util.Optional;

/** The {@link FeedbackStore} of {@link InMemoryStores}. */
final class MemoryFeedbackStore implements FeedbackStore {
    private final Memory memory;

    MemoryFeedbackStore(Memory memory) {
        this.memory = memory;
    }

    @Override
    public void saveFeedback(String conversationId, Feedback feedback) {
        requireNonNull(feedback, "feedback");
        synchronized (memory) {
            memory.conversation(conversationId).feedback = feedback;
        }
    }

    @Override
    public Optional<Feedback> feedback(String conversationId) {
        requireNonNull(conversationId, "conversationId");
        synchronized (memory) {
            return Optional.ofNullable(memory.conversations.get(conversationId)).map(r -> r.feedback);
        }
    }
}
