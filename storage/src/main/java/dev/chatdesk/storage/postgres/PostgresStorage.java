package dev.chatdesk.storage.postgres;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.storage.crypto.RecordCipher;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import dev.chatdesk.storage.jdbc.SchemaVersions;
import dev.chatdesk.storage.jdbc.StoreException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Storage in a PostgreSQL database that several Chatdesk nodes share: the same tables and
 * statements as the SQLite file, its schema brought up to date by Flyway (which holds a lock
 * while it migrates, so nodes starting together migrate once).
 */
public final class PostgresStorage {
    private static final String LOCATION = "classpath:db/migration/postgresql";

    private PostgresStorage() {}

    /**
     * Connects, brings the schema up to date and opens the stores, with the cipher and the mask
     * {@link JdbcStorage#over} describes.
     *
     * @throws StoreException when the server cannot be reached or refuses the login
     * @throws IllegalStateException when a newer Chatdesk migrated the database
     */
    public static JdbcStorage open(PostgresSettings settings, Clock clock, RecordCipher cipher, UnaryOperator<String> mask) {
        requireNonNull(settings, "settings");
        PostgresDatabase database = PostgresDatabase.connect(settings);
        try {
            Flyway flyway = flyway(database);
            SchemaVersions.refuseNewer(flyway);
            flyway.migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return JdbcStorage.over(database, clock, cipher, mask);
    }

    /**
     * The database's schema version, empty before Chatdesk first migrated it; nothing is changed.
     *
     * @throws StoreException when the server cannot be reached or refuses the login
     */
    public static Optional<MigrationVersion> schemaVersion(PostgresSettings settings) {
        try (PostgresDatabase database = PostgresDatabase.connect(settings)) {
            return SchemaVersions.current(flyway(database));
        }
    }

    private static Flyway flyway(PostgresDatabase database) {
        return Flyway.configure(PostgresStorage.class.getClassLoader())
                .dataSource(database.dataSource())
                .locations(LOCATION)
                .load();
    }
}
