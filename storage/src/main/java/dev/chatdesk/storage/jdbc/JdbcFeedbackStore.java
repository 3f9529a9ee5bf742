package dev.chatdesk.storage.jdbc;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.core.conversation.Feedback;
import dev.chatdesk.core.store.FeedbackStore;
import java.util.Optional;

/** The {@link FeedbackStore} of a {@link SqliteStorage}. */
final class JdbcFeedbackStore implements FeedbackStore {
    private final Database database;
    private final ConversationTable conversationTable;
    private final FeedbackTable feedbackTable;

    JdbcFeedbackStore(Database database, Tables tables) {
        this.database = database;
        this.conversationTable = tables.conversations();
        this.feedbackTable = tables.feedback();
    }

    @Override
    public void saveFeedback(String conversationId, Feedback feedback) {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(feedback, "feedback");
        database.write(c -> {
            conversationTable.requireExists(c, conversationId);
            feedbackTable.save(c, conversationId, feedback);
            return null;
        });
    }

    @Override
    public Optional<Feedback> feedback(String conversationId) {
        requireNonNull(conversationId, "conversationId");
        return database.read(c -> feedbackTable.of(c, conversationId));
    }
}
