package dev.chatdesk.server.config;

import dev.chatdesk.storage.postgres.PostgresSettings;
import java.nio.file.Path;

/**
 * Where conversations, messages and accounts are kept.
 *
 * @param type the back end
 * @param path the SQLite database file; never null once the configuration is loaded
 * @param url the PostgreSQL server, {@code postgresql://HOST:PORT/DB}
 * @param user the PostgreSQL role
 * @param password its password
 * @param poolSize the PostgreSQL connections one node keeps open at most
 */
public record StoreConfig(
        @Key(defaultValue = "sqlite", doc = "Storage back end: sqlite (a file under the data directory, one node) "
                + "or postgres (a PostgreSQL database several nodes share).")
        StoreType type,
        @Key(derivedDefault = "chatdesk.db in dataDir", doc = "The SQLite database file.")
        Path path,
        @Key(doc = "The PostgreSQL server as postgresql://HOST:PORT/DB (store.type postgres).")
        String url,
        @Key(doc = "The PostgreSQL role to log in as.")
        String user,
        @Key(doc = "The PostgreSQL role's password.")
        Secret password,
        @Key(defaultValue = "10", min = 1, max = 500, doc = "PostgreSQL connections one node keeps open at most.")
        int poolSize) {
    /**
     * The PostgreSQL server to connect to.
     *
     * @throws ConfigException when {@code store.url} is missing or not a PostgreSQL URL
     */
    public PostgresSettings postgres() {
        if (url == null) {
            throw new ConfigException("store.type postgres needs store.url (postgresql://HOST:PORT/DB)");
        }
        try {
            return new PostgresSettings(url, user, Secret.valueOf(password), poolSize);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /** These settings with the SQLite file at {@code file}. */
    StoreConfig withPath(Path file) {
        return new StoreConfig(type, file, url, user, password, poolSize);
    }
}
