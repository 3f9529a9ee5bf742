package dev.chatdesk.server.app;

import dev.chatdesk.server.config.StoreConfig;
import dev.chatdesk.storage.crypto.RecordCipher;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import dev.chatdesk.storage.postgres.PostgresStorage;
import dev.chatdesk.storage.sqlite.SqliteStorage;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.flywaydb.core.api.MigrationVersion;

/** Opens the storage back end the configuration names. */
public final class Storages {
    private Storages() {}

    /**
     * Opens the configured storage, its schema brought up to date, encrypting with the cipher and
     * storing message text as {@code mask} makes it.
     *
     * @throws dev.chatdesk.server.config.ConfigException when PostgreSQL is chosen without a valid URL
     * @throws dev.chatdesk.storage.jdbc.StoreException when the database cannot be opened or reached
     */
    public static JdbcStorage open(StoreConfig store, Clock clock, RecordCipher cipher, UnaryOperator<String> mask) {
        return switch (store.type()) {
            case SQLITE -> SqliteStorage.open(store.path(), clock, cipher, mask);
            case POSTGRES -> PostgresStorage.open(store.postgres(), clock, cipher, mask);
        };
    }

    /**
     * The configured store's schema version, empty before Chatdesk first migrated it; nothing is changed.
     *
     * @throws dev.chatdesk.storage.jdbc.StoreException when the database cannot be reached
     */
    public static Optional<MigrationVersion> schemaVersion(StoreConfig store) {
        return switch (store.type()) {
            case SQLITE -> SqliteStorage.schemaVersion(store.path());
            case POSTGRES -> PostgresStorage.schemaVersion(store.postgres());
        };
    }
}
