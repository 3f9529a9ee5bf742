package dev.chatdesk.storage.sqlite;

import dev.chatdesk.storage.jdbc.Database;
import dev.chatdesk.storage.jdbc.FullTextEngine;
import dev.chatdesk.storage.jdbc.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One SQLite file in WAL mode: a single writer connection that runs the units of work waiting
 * for it in {@code BEGIN IMMEDIATE} transactions under a lock (together, see {@link GroupCommit}),
 * and a few read connections that WAL lets read while the writer writes. Thread-safe.
 */
final class SqliteDatabase implements Database {
    // Two cores: a few readers are enough to keep reads off the writer's queue without
    // holding many open files.
    private static final int READERS = 4;
    // Only another process (a second server on the same file by mistake, the sqlite3 shell) can
    // hold the write lock; wait for it rather than fail at once.
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final Connection writer;
    private final GroupCommit groupCommit;
    private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(READERS);
    private int openedReaders;
    private volatile boolean closed;

    private SqliteDatabase(Connection writer) {
        this.writer = writer;
        this.groupCommit = new GroupCommit(writer, writeLock, this::requireOpen);
    }

    /** Opens (creating if needed) the file and its parent directory, in WAL mode. */
    static SqliteDatabase open(Path file) {
        Path absolute = file.toAbsolutePath();
        String url = "jdbc:sqlite:" + absolute;
        try {
            Files.createDirectories(absolute.getParent());
            SqliteDatabase database = new SqliteDatabase(DriverManager.getConnection(url));
            try {
                database.configureWriter();
                for (int i = 0; i < READERS; i++) {
                    database.idleReaders.add(openReader(url));
                    database.openedReaders++;
                }
            } catch (SQLException | RuntimeException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (SQLException | IOException e) {
            throw new StoreException("Could not open the SQLite database " + absolute + ": " + e.getMessage(), e);
        }
    }

    private void configureWriter() throws SQLException {
        try (Statement statement = writer.createStatement();
                ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
            String journalMode = mode.next() ? mode.getString(1) : null;
            if (!"wal".equalsIgnoreCase(journalMode)) {
                throw new SQLException("SQLite refused WAL mode (journal mode is " + journalMode + ")");
            }
        }
        // FULL syncs the WAL at every commit, so a returned call survives a power cut, not only a
        // killed process. Affordable: about 1,100 to 1,500 single-threaded appends a second on a
        // 2-core VM, far above what one server's conversations write.
        execute(writer, "PRAGMA synchronous = FULL");
        execute(writer, "PRAGMA foreign_keys = ON");
        execute(writer, "PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
        // Deleted content is overwritten with zeros, so an erased customer leaves nothing in free pages.
        execute(writer, "PRAGMA secure_delete = ON");
    }

    private static Connection openReader(String url) throws SQLException {
        Connection reader = DriverManager.getConnection(url);
        try {
            execute(reader, "PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            execute(reader, "PRAGMA query_only = ON");
            return reader;
        } catch (SQLException e) {
            reader.close();
            throw e;
        }
    }

    /** {@inheritDoc} Writes that wait for the writer at the same time share a transaction (see {@link GroupCommit}). */
    @Override
    public <T> T write(Work<T> work) {
        return groupCommit.run(work);
    }

    @Override
    public FullTextEngine fullText() {
        return FullTextEngine.FTS5;
    }

    /**
     * {@inheritDoc} Deleted content is overwritten with zeros ({@code secure_delete}); this
     * copies every committed write into the database file and empties the write-ahead log, which
     * otherwise keeps the pages as they were before (with whatever was erased since) until it is reused.
     */
    @Override
    public void forgetErased() {
        writeLock.lock();
        try {
            requireOpen();
            try (Statement statement = writer.createStatement();
                    ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                if (result.next() && result.getInt(1) != 0) {
                    throw new StoreException("SQLite could not empty its write-ahead log: a reader held it", null);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("SQLite checkpoint failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** {@inheritDoc} SQLite's writes run one at a time: every write transaction holds every lock. */
    @Override
    public void lock(Connection connection, String key) {
        // Nothing to wait for.
    }

    @Override
    public <T> T read(Work<T> work) {
        Connection reader = borrowReader();
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw new StoreException("SQLite read failed: " + e.getMessage(), e);
        } finally {
            idleReaders.add(reader);
        }
    }

    private Connection borrowReader() {
        try {
            while (true) {
                requireOpen();
                // Polling, not take(): close() drains the pool, and a reader arriving after that
                // must fail instead of waiting for ever.
                Connection reader = idleReaders.poll(100, TimeUnit.MILLISECONDS);
                if (reader != null) {
                    if (closed) {
                        idleReaders.add(reader);
                        requireOpen();
                    }
                    return reader;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for a SQLite read connection", e);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The SQLite conversation store is closed");
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        SQLException failure = null;
        writeLock.lock();
        try {
            writer.close();
        } catch (SQLException e) {
            failure = e;
        } finally {
            writeLock.unlock();
        }
        try {
            for (int i = 0; i < openedReaders; i++) {
                Connection reader = idleReaders.poll(30, TimeUnit.SECONDS);
                if (reader == null) {
                    break;
                }
                reader.close();
            }
        } catch (SQLException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw new StoreException("Could not close the SQLite database: " + failure.getMessage(), failure);
        }
    }
}
