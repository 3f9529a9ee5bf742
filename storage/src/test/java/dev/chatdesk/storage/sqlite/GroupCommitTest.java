package dev.chatdesk.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that wait for SQLite's writer together commit together: each call returns its own
 * result once committed, and a write that fails is undone alone.
 */
class GroupCommitTest {
    @TempDir
    Path dir;

    private SqliteDatabase database;
    private final ExecutorService writers = Executors.newFixedThreadPool(8);

    @BeforeEach
    void open() {
        database = SqliteDatabase.open(dir.resolve("chatdesk.db"));
        database.write(c -> execute(c, "CREATE TABLE item (id INTEGER PRIMARY KEY, owner TEXT NOT NULL)"));
    }

    @AfterEach
    void close() {
        writers.shutdownNow();
        database.close();
    }

    @Test
    void everyConcurrentWriteIsCommittedAndGetsItsOwnResult() throws Exception {
        List<Future<Long>> ids = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String owner = "writer-" + i;
            ids.add(writers.submit(() -> database.write(c -> insert(c, owner))));
        }
        List<Long> returned = new ArrayList<>();
        for (Future<Long> id : ids) {
            returned.add(id.get(30, TimeUnit.SECONDS));
        }
        assertEquals(400, returned.stream().distinct().count());
        for (int i = 0; i < 400; i += 57) {
            long id = returned.get(i);
            assertEquals("writer-" + i, database.read(c -> ownerOf(c, id)));
        }
    }

    @Test
    void aFailingWriteInASharedTransactionIsUndoneAloneAndItsCallerHearsWhy() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The first write holds the writer, so the next ones wait and are then committed together.
        Future<Long> first = writers.submit(() -> database.write(c -> {
            holding.countDown();
            await(release);
            return insert(c, "first");
        }));
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        Future<Long> before = writers.submit(() -> database.write(c -> insert(c, "before")));
        Future<Long> failing = writers.submit(() -> database.write(c -> {
            insert(c, "failing");
            throw new IllegalStateException("the conversation is closed");
        }));
        Future<Long> after = writers.submit(() -> database.write(c -> insert(c, "after")));
        Thread.sleep(200); // the three are queued behind the first
        release.countDown();

        first.get(10, TimeUnit.SECONDS);
        before.get(10, TimeUnit.SECONDS);
        after.get(10, TimeUnit.SECONDS);
        ExecutionException failure = assertThrows(ExecutionException.class, () -> failing.get(10, TimeUnit.SECONDS));
        assertEquals("the conversation is closed", failure.getCause().getMessage());
        assertEquals(List.of("after", "before", "first"), database.read(GroupCommitTest::owners));
    }

    @Test
    void aWriteThatBreaksAConstraintFailsAsAStoreErrorAndTheWriterGoesOn() {
        long id = database.write(c -> insert(c, "one"));
        assertThrows(RuntimeException.class, () -> database.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO item (id, owner) VALUES (?, 'two')")) {
                insert.setLong(1, id);
                return insert.executeUpdate();
            }
        }));
        database.write(c -> insert(c, "three"));
        assertEquals(List.of("one", "three"), database.read(GroupCommitTest::owners));
    }

    private static long insert(Connection c, String owner) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO item (owner) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, owner);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String ownerOf(Connection c, long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT owner FROM item WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static List<String> owners(Connection c) throws SQLException {
        List<String> owners = new ArrayList<>();
        try (Statement select = c.createStatement(); ResultSet rows = select.executeQuery("SELECT owner FROM item ORDER BY owner")) {
            while (rows.next()) {
                owners.add(rows.getString(1));
            }
        }
        return owners;
    }

    private static Void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
        return null;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
