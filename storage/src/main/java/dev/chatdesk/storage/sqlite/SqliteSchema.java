package dev.chatdesk.storage.sqlite;

import dev.chatdesk.storage.jdbc.SchemaVersions;
import dev.chatdesk.storage.jdbc.Sql;
import dev.chatdesk.storage.jdbc.StoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The tables, as Flyway migrations: the SQL files under {@code db/migration/sqlite}, version
 * {@code n} in {@code V<n>__<what it does>.sql}, each applied once, in its own transaction, and
 * recorded in {@code flyway_schema_history}. Later versions add files, never edit one.
 *
 * <p>Files written before Flyway recorded their versions in {@code schema_version}; such a file is
 * taken over at the version it had (Flyway's baseline) and brought up to date from there.
 */
final class SqliteSchema {
    private static final String LOCATION = "classpath:db/migration/sqlite";
    private static final String LEGACY_TABLE = "schema_version";
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    // A file lock is held by the process: threads of one process take turns here first.
    private static final Object ONE_THREAD_AT_A_TIME = new Object();

    private SqliteSchema() {}

    /**
     * Brings the database in this file up to the current version; fails on a database from a newer
     * build. Processes opening the same file at once migrate it one after the other.
     *
     * @throws IllegalStateException when a newer Chatdesk wrote the file
     */
    static void migrate(Path file, SqliteDatabase database) {
        synchronized (ONE_THREAD_AT_A_TIME) {
            migrateUnderFileLock(file, database);
        }
    }

    private static void migrateUnderFileLock(Path file, SqliteDatabase database) {
        Path lockFile = file.resolveSibling(file.getFileName() + ".migration-lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            Optional<Integer> legacy = database.read(SqliteSchema::legacyVersion);
            Flyway flyway = Flyway.configure(SqliteSchema.class.getClassLoader())
                    .dataSource(dataSource(file))
                    .locations(LOCATION)
                    .baselineOnMigrate(legacy.isPresent())
                    .baselineVersion(String.valueOf(legacy.orElse(1)))
                    .baselineDescription("taken over from schema_version")
                    .load();
            SchemaVersions.refuseNewer(flyway);
            flyway.migrate();
            if (legacy.isPresent()) {
                database.write(c -> Sql.update(c, "DROP TABLE " + LEGACY_TABLE));
            }
        } catch (IOException e) {
            throw new StoreException("Could not lock " + lockFile + " to bring the database up to date: "
                    + e.getMessage(), e);
        }
    }

    /** The file's schema version, empty when there is no such file or Chatdesk never migrated it; nothing is changed. */
    static Optional<MigrationVersion> version(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return SchemaVersions.current(Flyway.configure(SqliteSchema.class.getClassLoader())
                .dataSource(dataSource(file))
                .locations(LOCATION)
                .load());
    }

    /** The version a database from before Flyway had reached; empty for any other. */
    private static Optional<Integer> legacyVersion(Connection connection) throws SQLException {
        boolean hasLegacyTable = Sql.first(connection, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                row -> true, LEGACY_TABLE).isPresent();
        if (!hasLegacyTable) {
            return Optional.empty();
        }
        return Sql.first(connection, "SELECT coalesce(max(version), 0) FROM " + LEGACY_TABLE, row -> row.getInt(1));
    }

    /** Connections for Flyway that wait, as the store's own do, while another connection writes. */
    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }
}
