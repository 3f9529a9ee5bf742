package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.AgentAccount;
import dev.chatdesk.core.conversation.AgentRole;
import dev.chatdesk.core.conversation.AgentSession;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Agent accounts and their sessions, in the {@code agents} and {@code agent_sessions} tables. */
final class AgentTable {
    private static final String SELECT_ACCOUNT = "SELECT username, password_hash, role, created_at, disabled_at, display_name FROM agents ";

    private AgentTable() {}

    /** Stores a new account; false when the username is taken. */
    static boolean insert(Connection connection, AgentAccount account) throws SQLException {
        return Sql.update(connection, """
                INSERT INTO agents(username, password_hash, role, created_at, display_name) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(username) DO NOTHING
                """, account.username(), account.passwordHash(), account.role().wireName(), account.createdAt(),
                account.displayName()) == 1;
    }

    /** The account with this username. */
    static Optional<AgentAccount> find(Connection connection, String username) throws SQLException {
        return Sql.first(connection, SELECT_ACCOUNT + "WHERE username = ?", AgentTable::account, username);
    }

    /** Every account, by username. */
    static List<AgentAccount> all(Connection connection) throws SQLException {
        return Sql.list(connection, SELECT_ACCOUNT + "ORDER BY username", AgentTable::account);
    }

    /** Disables (ending its sessions) or enables an account; false when there is none. */
    static boolean setDisabled(Connection connection, String username, boolean disabled, Instant now) throws SQLException {
        if (disabled) {
            Sql.update(connection, "DELETE FROM agent_sessions WHERE username = ?", username);
        }
        return Sql.update(connection, "UPDATE agents SET disabled_at = ? WHERE username = ?",
                disabled ? now : null, username) == 1;
    }

    /** Sets the password hash and ends the account's other sessions; false when there is no such account. */
    static boolean setPassword(Connection connection, String username, String passwordHash, String keptSessionHash)
            throws SQLException {
        Sql.update(connection, "DELETE FROM agent_sessions WHERE username = ? AND token_hash IS DISTINCT FROM ?", username, keptSessionHash);
        return Sql.update(connection, "UPDATE agents SET password_hash = ? WHERE username = ?", passwordHash, username) == 1;
    }

    /** Sets the password hash, keeping the sessions, only while it is still {@code oldHash}; whether it did. */
    static boolean replacePasswordHash(Connection connection, String username, String oldHash, String newHash)
            throws SQLException {
        return Sql.update(connection, "UPDATE agents SET password_hash = ? WHERE username = ? AND password_hash = ?",
                newHash, username, oldHash) == 1;
    }

    private static AgentAccount account(ResultSet row) throws SQLException {
        return new AgentAccount(row.getString("username"), row.getString("password_hash"),
                AgentRole.fromWireName(row.getString("role")), Sql.instant(row, "created_at"),
                row.getObject("disabled_at") != null, row.getString("display_name"));
    }

    /** How many accounts there are. */
    static long count(Connection connection) throws SQLException {
        return Sql.first(connection, "SELECT count(*) FROM agents", row -> row.getLong(1)).orElseThrow();
    }

    /** Stores a session, replacing one with the same token hash. */
    static void saveSession(Connection connection, AgentSession session) throws SQLException {
        Sql.update(connection, """
                INSERT INTO agent_sessions(token_hash, username, role, expires_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(token_hash) DO UPDATE SET username = excluded.username, role = excluded.role,
                                                      expires_at = excluded.expires_at
                """, session.tokenHash(), session.username(), session.role().wireName(), session.expiresAt());
    }

    /** Ends a session. */
    static void deleteSession(Connection connection, String tokenHash) throws SQLException {
        Sql.update(connection, "DELETE FROM agent_sessions WHERE token_hash = ?", tokenHash);
    }

    /** The session with this token hash. */
    static Optional<AgentSession> session(Connection connection, String tokenHash) throws SQLException {
        return Sql.first(connection,
                "SELECT token_hash, username, role, expires_at FROM agent_sessions WHERE token_hash = ?",
                row -> new AgentSession(row.getString("token_hash"), row.getString("username"),
                        AgentRole.fromWireName(row.getString("role")), Sql.instant(row, "expires_at")),
                tokenHash);
    }
}
