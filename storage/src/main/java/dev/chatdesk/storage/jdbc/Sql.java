package dev.chatdesk.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one parameterised statement. Parameters bind as the schema stores them: an {@link Instant}
 * as epoch milliseconds, a boolean as 0 or 1, anything else as the driver binds it (null as NULL).
 */
public final class Sql {
    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        /** The value of the current row. */
        T read(ResultSet row) throws SQLException;
    }

    private Sql() {}

    /** Runs an insert, update or delete and returns how many rows it changed. */
    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** Every row of a query. */
    public static <T> List<T> list(Connection connection, String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(row.read(result));
            }
            return rows;
        }
    }

    /** The first row of a query, if there is one. */
    public static <T> Optional<T> first(Connection connection, String sql, Row<T> row, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            return result.next() ? Optional.of(row.read(result)) : Optional.empty();
        }
    }

    /** The instant stored in a column of epoch milliseconds (null for NULL). */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, stored(parameters[i]));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static Object stored(Object parameter) {
        return switch (parameter) {
            case Instant instant -> instant.toEpochMilli();
            case Boolean flag -> flag ? 1 : 0;
            case null, default -> parameter;
        };
    }
}
