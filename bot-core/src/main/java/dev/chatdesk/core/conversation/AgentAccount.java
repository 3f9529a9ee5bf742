package dev.chatdesk.core.conversation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A human agent's account.
 *
 * @param username the login name
 * @param passwordHash a strong, salted hash of the password (never the password)
 * @param role what the account may do
 * @param createdAt when it was created
 * @param disabled whether an admin has disabled it (it cannot log in)
 * @param displayName the name customers see, such as "Anna" (null: none; customers then see "our
 *     team", never the username)
 */
public record AgentAccount(String username, String passwordHash, AgentRole role, Instant createdAt, boolean disabled,
        String displayName) {
    /** Requires every part but the display name; a blank display name is none. */
    public AgentAccount {
        requireNonNull(username, "username");
        requireNonNull(passwordHash, "passwordHash");
        requireNonNull(role, "role");
        requireNonNull(createdAt, "createdAt");
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
    }

    /** An account without a display name. */
    public AgentAccount(String username, String passwordHash, AgentRole role, Instant createdAt, boolean disabled) {
        this(username, passwordHash, role, createdAt, disabled, null);
    }
}
