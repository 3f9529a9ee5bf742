package dev.chatdesk.storage.postgres;

import static java.util.Objects.requireNonNull;

/**
 * Where the PostgreSQL server is and how to log in.
 *
 * @param url {@code postgresql://HOST:PORT/DB} (a JDBC URL, {@code jdbc:postgresql://...}, works too)
 * @param user the role to log in as (null: the driver's default, or what the URL says)
 * @param password its password (null when the server needs none)
 * @param poolSize how many connections this node keeps open at most
 */
public record PostgresSettings(String url, String user, String password, int poolSize) {
    /** Checks the URL names a PostgreSQL server and the pool holds at least one connection. */
    public PostgresSettings {
        requireNonNull(url, "url");
        if (!jdbcUrl(url).startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("store.url must be postgresql://HOST:PORT/DB, was " + url);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("store.poolSize must be at least 1, was " + poolSize);
        }
    }

    /** The URL as the JDBC driver takes it. */
    public String jdbcUrl() {
        return jdbcUrl(url);
    }

    private static String jdbcUrl(String url) {
        return url.startsWith("jdbc:") ? url : "jdbc:" + url;
    }

    /** The settings without the password, for logs and errors. */
    @Override
    public String toString() {
        return "PostgresSettings[url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
