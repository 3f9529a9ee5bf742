package dev.chatdesk.storage.sqlite;

import dev.chatdesk.core.conversation.AgentAccount;
import dev.chatdesk.core.conversation.AgentRole;
import dev.chatdesk.core.conversation.AgentSession;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Agent accounts and their sessions, in the {@code agents} and {@code agent_sessions} tables. */
final class AgentTable {
    private AgentTable() {}

    /** Stores a new account; false when the username is taken. */
    static boolean insert(Connection connection, AgentAccount account) throws SQLException {
        return Sql.update(connection, """
                INSERT INTO agents(username, password_hash, role, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(username) DO NOTHING
                """, account.username(), account.passwordHash(), account.role().wireName(), account.createdAt()) == 1;
    }

    /** The account with this username. */
    static Optional<AgentAccount> find(Connection connection, String username) throws SQLException {
        return Sql.first(connection, "SELECT username, password_hash, role, created_at FROM agents WHERE username = ?",
                row -> new AgentAccount(row.getString("username"), row.getString("password_hash"),
                        AgentRole.fromWireName(row.getString("role")), Sql.instant(row, "created_at")),
                username);
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

    /** The session with this token hash. */
    static Optional<AgentSession> session(Connection connection, String tokenHash) throws SQLException {
        return Sql.first(connection,
                "SELECT token_hash, username, role, expires_at FROM agent_sessions WHERE token_hash = ?",
                row -> new AgentSession(row.getString("token_hash"), row.getString("username"),
                        AgentRole.fromWireName(row.getString("role")), Sql.instant(row, "expires_at")),
                tokenHash);
    }
}
