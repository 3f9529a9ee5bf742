package dev.chatdesk.core.conversation;

import java.time.Instant;

/**
 * A logged-in agent's session; the store keeps only the token's hash.
 *
 * @param tokenHash the hash of the session token
 * @param username whose session it is
 * @param role the account's role at login
 * @param expiresAt when the token stops working
 */
public record AgentSession(String tokenHash, String username, AgentRole role, Instant expiresAt) {}
