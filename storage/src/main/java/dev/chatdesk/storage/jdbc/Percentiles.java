package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.insights.Durations;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The median and 90th percentile (nearest rank) of durations, per group, picked by the database
 * with window functions: two rows a group come back, whatever the number measured.
 */
final class Percentiles {
    private Percentiles() {}

    /**
     * The durations of a query whose rows are {@code grp, d} (a group's name and a duration in
     * milliseconds), by group.
     */
    static Map<String, Durations> of(Connection connection, String durations, Object... parameters) throws SQLException {
        Map<String, long[]> picked = new HashMap<>();
        Sql.list(connection, """
                SELECT grp, d, r, n FROM (
                    SELECT grp, d, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY d) AS r, COUNT(*) OVER (PARTITION BY grp) AS n
                    FROM (%s) measured) ranked
                WHERE r = (n * 50 + 99) / 100 OR r = (n * 90 + 99) / 100
                """.formatted(durations), row -> {
                    long[] values = picked.computeIfAbsent(row.getString(1), g -> new long[3]);
                    long d = row.getLong(2);
                    long r = row.getLong(3);
                    long n = row.getLong(4);
                    values[0] = n;
                    if (r == rank(n, 50)) {
                        values[1] = d;
                    }
                    if (r == rank(n, 90)) {
                        values[2] = d;
                    }
                    return null;
                }, parameters);
        Map<String, Durations> byGroup = new HashMap<>();
        picked.forEach((group, values) -> byGroup.put(group,
                new Durations(values[0], Duration.ofMillis(values[1]), Duration.ofMillis(values[2]))));
        return byGroup;
    }

    private static long rank(long n, int percent) {
        return (n * percent + 99) / 100;
    }
}
