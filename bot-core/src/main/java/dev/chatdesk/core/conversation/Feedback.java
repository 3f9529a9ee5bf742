package dev.chatdesk.core.conversation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A customer's rating of their conversation.
 *
 * @param rating 1 (poor) to 5 (great)
 * @param comment what the customer wrote with it (may be null)
 * @param createdAt when it was given
 */
public record Feedback(int rating, String comment, Instant createdAt) {
    /** Checks the rating is 1 to 5. */
    public Feedback {
        requireNonNull(createdAt, "createdAt");
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5, was " + rating);
        }
    }
}
