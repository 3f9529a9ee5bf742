package dev.chatdesk.storage.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.chatdesk.storage.jdbc.Database;
import dev.chatdesk.storage.jdbc.FullTextEngine;
import dev.chatdesk.storage.jdbc.Sql;
import dev.chatdesk.storage.jdbc.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A PostgreSQL server through a kept pool of JDBC connections (HikariCP). Each write is one
 * transaction at READ COMMITTED; the writes of one conversation are serialised by a
 * transaction-scoped advisory lock, which dies with a node's connection. Thread-safe.
 */
final class PostgresDatabase implements Database {
    private final HikariDataSource pool;

    private PostgresDatabase(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * Connects to the server, failing at once when it cannot be reached.
     *
     * @throws StoreException naming the server when it cannot be reached or refuses the login
     */
    static PostgresDatabase connect(PostgresSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setPoolName("chatdesk-postgres");
        // A server that is down fails the start with its reason instead of a later call.
        config.setInitializationFailTimeout(10_000);
        config.setConnectionTimeout(10_000);
        try {
            return new PostgresDatabase(new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw new StoreException("Could not connect to PostgreSQL at " + settings.url() + ": " + rootMessage(e), e);
        }
    }

    /** The pool's connections, for schema migrations. */
    DataSource dataSource() {
        return pool;
    }

    @Override
    public <T> T write(Work<T> work) {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (Throwable e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("PostgreSQL write failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void lock(Connection connection, String key) throws SQLException {
        Sql.first(connection, "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", row -> true, key);
    }

    @Override
    public <T> T read(Work<T> work) {
        try (Connection connection = connection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("PostgreSQL read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public FullTextEngine fullText() {
        return FullTextEngine.TSVECTOR;
    }

    /**
     * {@inheritDoc} PostgreSQL keeps deleted rows in its data files until their space is reused
     * (VACUUM marks it reusable; nothing overwrites it at once), so here an erasure removes the
     * rows from every query and backup taken after it, not from the server's disk at once.
     */
    @Override
    public void forgetErased() {
        // PostgreSQL has no secure_delete: see above.
    }

    @Override
    public void close() {
        pool.close();
    }

    private Connection connection() throws SQLException {
        if (pool.isClosed()) {
            throw new IllegalStateException("The PostgreSQL store is closed");
        }
        return pool.getConnection();
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
