package dev.chatdesk.storage.sqlite;

import dev.chatdesk.storage.jdbc.Database.Work;
import dev.chatdesk.storage.jdbc.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Commits the writes that wait for SQLite's one writer together: whoever gets the writer runs
 * every waiting unit of work (in arrival order, each in a savepoint of its own) in one
 * transaction and one synced commit. Every call still returns only once its work is committed, or
 * fails alone: a unit that throws is rolled back to its savepoint and the others commit. Under
 * load, when many conversations write at once, a commit's fsync is shared instead of paid by each.
 */
final class GroupCommit {
    /** The most units one transaction takes, so a long queue still commits in steps. */
    private static final int MAX_UNITS = 64;

    private final Connection writer;
    private final ReentrantLock writeLock;
    private final Runnable requireOpen;
    private final Queue<Unit<?>> waiting = new ConcurrentLinkedQueue<>();

    /**
     * Group commits on this connection, taking turns with others under this lock; {@code
     * requireOpen} throws when the database is closed.
     */
    GroupCommit(Connection writer, ReentrantLock writeLock, Runnable requireOpen) {
        this.writer = writer;
        this.writeLock = writeLock;
        this.requireOpen = requireOpen;
    }

    /** Runs the work in a committed transaction, perhaps shared with others; its result, or its failure rethrown. */
    <T> T run(Work<T> work) {
        Unit<T> mine = new Unit<>(work);
        waiting.add(mine);
        writeLock.lock();
        try {
            while (!mine.done) {
                try {
                    requireOpen.run();
                } catch (RuntimeException closed) {
                    waiting.remove(mine);
                    throw closed;
                }
                commitWaiting();
            }
        } finally {
            writeLock.unlock();
        }
        return mine.outcome();
    }

    /** Runs up to {@link #MAX_UNITS} waiting units in one transaction; every one of them is done after. */
    private void commitWaiting() {
        List<Unit<?>> batch = new ArrayList<>();
        for (Unit<?> unit; batch.size() < MAX_UNITS && (unit = waiting.poll()) != null; ) {
            batch.add(unit);
        }
        try {
            SqliteDatabase.execute(writer, "BEGIN IMMEDIATE");
        } catch (SQLException e) {
            batch.forEach(unit -> unit.fail(e));
            return;
        }
        try {
            for (Unit<?> unit : batch) {
                unit.runInSavepoint(writer);
            }
            SqliteDatabase.execute(writer, "COMMIT");
            batch.forEach(Unit::committed);
        } catch (Throwable e) {
            // The commit failed, or an Error: nothing of the transaction is kept, and a connection
            // left inside a transaction could never begin the next one.
            try {
                SqliteDatabase.execute(writer, "ROLLBACK");
            } catch (SQLException rollbackFailure) {
                // SQLite has already rolled back after some errors (a full disk, for one).
                e.addSuppressed(rollbackFailure);
            }
            batch.forEach(unit -> unit.fail(e));
        }
    }

    /** One caller's work, and what came of it; written under the write lock, read by its caller after. */
    private static final class Unit<T> {
        private final Work<T> work;
        private T result;
        private Throwable failure;
        private boolean done;

        Unit(Work<T> work) {
            this.work = work;
        }

        void runInSavepoint(Connection connection) throws SQLException {
            SqliteDatabase.execute(connection, "SAVEPOINT unit");
            try {
                result = work.run(connection);
            } catch (SQLException | RuntimeException e) {
                SqliteDatabase.execute(connection, "ROLLBACK TO unit");
                failure = e;
            }
            SqliteDatabase.execute(connection, "RELEASE unit");
        }

        void committed() {
            done = true;
        }

        /** Done without its work kept: its own failure, else the transaction's. */
        void fail(Throwable cause) {
            failure = failure == null ? cause : failure;
            done = true;
        }

        T outcome() {
            if (failure == null) {
                return result;
            }
            if (failure instanceof SQLException e) {
                throw new StoreException("SQLite write failed: " + e.getMessage(), e);
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            throw new StoreException("SQLite write failed: " + failure, failure);
        }
    }
}
