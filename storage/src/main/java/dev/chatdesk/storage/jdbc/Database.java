package dev.chatdesk.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A SQL database the stores run their statements on: each write is one transaction, committed
 * before {@link #write} returns. Thread-safe.
 */
public interface Database extends AutoCloseable {
    /** Work done with a connection; it may throw the driver's checked exception. */
    @FunctionalInterface
    interface Work<T> {
        /** Does the work on this connection. */
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in one write transaction: committed when it returns, rolled back when it
     * throws (its exception is rethrown, a driver failure as {@link StoreException}).
     *
     * @throws IllegalStateException when the database is closed
     */
    <T> T write(Work<T> work);

    /**
     * Within the write transaction on this connection, waits until no other transaction (of this
     * process or another node) holds the lock on {@code key}, then holds it until this transaction
     * ends; a connection that dies releases it. Where writes run one at a time anyway (SQLite),
     * it returns at once.
     */
    void lock(Connection connection, String key) throws SQLException;

    /** The full-text index this database searches conversations with. */
    FullTextEngine fullText();

    /** Runs read-only work on a connection that sees every committed write. */
    <T> T read(Work<T> work);

    /**
     * Makes rows deleted by a customer's erasure unrecoverable from the database's files, as far
     * as the database can: SQLite overwrites freed pages and empties its write-ahead log.
     */
    void forgetErased();

    /** Waits for the calls under way, then closes every connection; later calls fail. */
    @Override
    void close();
}
