package dev.chatdesk.storage.sqlite;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.storage.crypto.RecordCipher;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import dev.chatdesk.storage.jdbc.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The embedded default storage: one SQLite file in WAL mode, needing no server. Writes run one at
 * a time, each in a single transaction that is committed (and synced to disk) before the call
 * returns; reads run on their own connections beside them.
 */
public final class SqliteStorage {
    private SqliteStorage() {}

    /**
     * Opens the stores in this file, creating the file, its directory and the tables as needed and
     * bringing an older file's tables up to date; nothing is encrypted or masked.
     *
     * @param databaseFile the SQLite file, such as {@code data/chatdesk.db}
     * @param clock the time of stored messages and changes
     * @throws StoreException when the file cannot be opened as a SQLite database
     * @throws IllegalStateException when a newer Chatdesk wrote the file
     */
    public static JdbcStorage open(Path databaseFile, Clock clock) {
        return open(databaseFile, clock, RecordCipher.plain());
    }

    /** Opens the stores as {@link #open(Path, Clock)} does, encrypting customers' data with the cipher. */
    public static JdbcStorage open(Path databaseFile, Clock clock, RecordCipher cipher) {
        return open(databaseFile, clock, cipher, UnaryOperator.identity());
    }

    /**
     * Opens the stores as {@link #open(Path, Clock)} does, with the cipher and the mask
     * {@link JdbcStorage#over} describes.
     */
    public static JdbcStorage open(Path databaseFile, Clock clock, RecordCipher cipher, UnaryOperator<String> mask) {
        requireNonNull(databaseFile, "databaseFile");
        SqliteDatabase database = SqliteDatabase.open(databaseFile);
        try {
            SqliteSchema.migrate(databaseFile, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return JdbcStorage.over(database, clock, cipher, mask);
    }

    /** The file's schema version, empty when there is no such file or Chatdesk never migrated it; nothing is changed. */
    public static Optional<MigrationVersion> schemaVersion(Path databaseFile) {
        return SqliteSchema.version(databaseFile);
    }
}
