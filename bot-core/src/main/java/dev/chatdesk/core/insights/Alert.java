package dev.chatdesk.core.insights;

import java.time.Instant;

/**
 * An alert the insights raised: open until it clears, posted to the team's webhook once.
 *
 * @param id its id
 * @param kind what it is about ({@link AngerWatch#KIND})
 * @param raisedAt when it was raised
 * @param clearedAt when it cleared (null: still open)
 * @param postedAt when the webhook took it (null: not yet, or no webhook)
 * @param message what it says, for people
 */
public record Alert(long id, String kind, Instant raisedAt, Instant clearedAt, Instant postedAt, String message) {
    /** Whether it has not cleared yet. */
    public boolean open() {
        return clearedAt == null;
    }
}
