package dev.chatdesk.storage.jdbc;

import dev.chatdesk.storage.crypto.RecordCipher;
import java.sql.SQLException;
import java.time.Clock;

/** One database the storage contracts run on, which a test may open, close and open again. */
public interface StorageBackEnd extends AutoCloseable {
    /** Opens the stores on the database, with its schema brought up to date. */
    JdbcStorage open(Clock clock, RecordCipher cipher);

    /**
     * Everything the database holds, as text, where a stored secret must not show: SQLite's files
     * byte for byte; every row of every table of a PostgreSQL schema.
     */
    String rawText() throws Exception;

    /** Runs a statement straight on the database, beside the stores, as any other client could. */
    void execute(String sql) throws SQLException;

    /** Removes the database. */
    @Override
    void close();
}
