package dev.chatdesk.core.store;

import dev.chatdesk.core.conversation.AgentAccount;
import dev.chatdesk.core.conversation.AgentSession;
import java.util.List;
import java.util.Optional;

/**
 * Where agent accounts and their login sessions live. Thread-safe; every method that returns has
 * made its change durable. Calls block: make them off event loops.
 */
public interface AgentStore {
    /**
     * Creates an agent account.
     *
     * @return false (and nothing changed) when the username is taken
     */
    boolean createAgent(AgentAccount account);

    /** The account with this username. */
    Optional<AgentAccount> agent(String username);

    /** How many agent accounts there are. */
    long agentCount();

    /** Every account, by username. */
    List<AgentAccount> agents();

    /**
     * Disables or enables an account; disabling also ends its sessions.
     *
     * @return false when there is no such account
     */
    boolean setAgentDisabled(String username, boolean disabled);

    /**
     * Replaces an account's password hash and ends every session of it but the one given (null: all).
     *
     * @return false when there is no such account
     */
    boolean setAgentPassword(String username, String passwordHash, String keptSessionHash);

    /**
     * Replaces an account's password hash with another hash of the same password (a stronger one,
     * at login), keeping its sessions; only while the stored hash is still {@code oldHash}, so a
     * password changed meanwhile is kept.
     *
     * @return whether the hash was replaced
     */
    boolean upgradeAgentPasswordHash(String username, String oldHash, String newHash);

    /**
     * Stores a logged-in agent's session.
     *
     * @throws java.util.NoSuchElementException naming the agent when there is no such account
     */
    void saveSession(AgentSession session);

    /** The session with this token hash, whether or not it has expired. */
    Optional<AgentSession> session(String tokenHash);

    /** Ends a session (logout); nothing happens for an unknown hash. */
    void deleteSession(String tokenHash);
}
