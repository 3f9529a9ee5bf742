package dev.chatdesk.storage.postgres;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server tests use: the database {@code CHATDESK_TEST_POSTGRES_URL} names
 * ({@code postgresql://HOST:PORT/DB}), logged in as {@code CHATDESK_TEST_POSTGRES_USER} with
 * {@code CHATDESK_TEST_POSTGRES_PASSWORD}. Without it a test is skipped, saying so, except in CI
 * ({@code CI=true}), where it fails. Each test gets a schema of its own, dropped afterwards.
 */
public final class TestPostgres {
    private static final String URL = System.getenv("CHATDESK_TEST_POSTGRES_URL");
    private static final String USER = System.getenv("CHATDESK_TEST_POSTGRES_USER");
    private static final String PASSWORD = System.getenv("CHATDESK_TEST_POSTGRES_PASSWORD");

    /**
     * A schema of the test database, empty when made; settings that connect to it.
     *
     * @param name the schema's name
     * @param settings a connection to the test database with the schema as the current one
     */
    public record Schema(String name, PostgresSettings settings) implements AutoCloseable {
        /** Runs a statement in the schema, as any client of the database could. */
        public void execute(String sql) throws SQLException {
            try (Connection connection = connect(settings.jdbcUrl());
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        /** Every row of every table of the schema, as PostgreSQL writes a row as text. */
        public String allRows() throws SQLException {
            StringBuilder rows = new StringBuilder();
            try (Connection connection = connect(settings.jdbcUrl());
                    Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet result = statement.executeQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")) {
                    while (result.next()) {
                        tables.add(result.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet result = statement.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
                        while (result.next()) {
                            rows.append(result.getString(1)).append('\n');
                        }
                    }
                }
            }
            return rows.toString();
        }

        /** Drops the schema with everything in it. */
        @Override
        public void close() {
            administer("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }

    private TestPostgres() {}

    /** A new empty schema; skips the test (fails it in CI) when no server is configured. */
    public static Schema freshSchema() {
        if (URL == null || URL.isBlank()) {
            String why = "no PostgreSQL server for tests: set CHATDESK_TEST_POSTGRES_URL (postgresql://HOST:PORT/DB), "
                    + "CHATDESK_TEST_POSTGRES_USER and CHATDESK_TEST_POSTGRES_PASSWORD (.ci/run starts one)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        administer("CREATE SCHEMA " + name);
        String separator = URL.contains("?") ? "&" : "?";
        return new Schema(name, new PostgresSettings(URL + separator + "currentSchema=" + name, USER, PASSWORD, 4));
    }

    private static void administer(String sql) {
        try (Connection connection = connect(URL);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The test PostgreSQL server refused: " + sql, e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url.startsWith("jdbc:") ? url : "jdbc:" + url, USER, PASSWORD);
    }
}
