package dev.chatdesk.core.conversation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A logged-in agent's session; the store keeps only the token's hash.
 *
 * @param tokenHash the hash of the session token
 * @param username whose session it is
 * @param role the account's role at login
 * @param expiresAt when the token stops working
 */
public record AgentSession(String tokenHash, String username, AgentRole role, Instant expiresAt) {
    /** Requires every part. */
    public AgentSession {
        requireNonNull(tokenHash, "tokenHash");
        requireNonNull(username, "username");
        requireNonNull(role, "role");
        requireNonNull(expiresAt, "expiresAt");
    }
}
