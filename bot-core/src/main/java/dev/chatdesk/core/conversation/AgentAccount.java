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
 */
public record AgentAccount(String username, String passwordHash, AgentRole role, Instant createdAt, boolean disabled) {
    /** Requires every part. */
    public AgentAccount {
        requireNonNull(username, "username");
        requireNonNull(passwordHash, "passwordHash");
        requireNonNull(role, "role");
        requireNonNull(createdAt, "createdAt");
    }
}
