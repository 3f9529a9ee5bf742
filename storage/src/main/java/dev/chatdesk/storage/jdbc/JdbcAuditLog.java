package dev.chatdesk.storage.jdbc;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.core.audit.AuditAction;
import dev.chatdesk.core.audit.AuditEntry;
import dev.chatdesk.core.audit.AuditEvent;
import dev.chatdesk.core.audit.AuditLog;
import dev.chatdesk.core.audit.AuditQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log in the {@code audit_log} table. Triggers in the database abort any UPDATE or
 * DELETE of it, whoever runs them.
 */
final class JdbcAuditLog implements AuditLog {
    private final Database database;
    private final Clock clock;

    JdbcAuditLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public AuditEntry record(AuditEvent event) {
        requireNonNull(event, "event");
        Instant at = clock.instant();
        long id = database.write(c -> {
            return Sql.first(c, """
                    INSERT INTO audit_log(at, actor, action, target_type, target_id, source_address, detail)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                    """, row -> row.getLong(1), at, event.actor(), event.action().wireName(), event.targetType(),
                    event.targetId(), event.sourceAddress(), event.detail()).orElseThrow();
        });
        return new AuditEntry(id, at, event);
    }

    @Override
    public List<AuditEntry> entries(AuditQuery query) {
        requireNonNull(query, "query");
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        condition(sql, parameters, " AND at >= ?", query.from());
        condition(sql, parameters, " AND at < ?", query.to());
        condition(sql, parameters, " AND actor = ?", query.actor());
        condition(sql, parameters, " AND id < ?", query.beforeId());
        sql.append(" ORDER BY id DESC LIMIT ?");
        parameters.add(query.limit());
        return database.read(c -> Sql.list(c, sql.toString(), JdbcAuditLog::entry, parameters.toArray()));
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            parameters.add(value);
        }
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(row.getLong("id"), Sql.instant(row, "at"), new AuditEvent(
                row.getString("actor"),
                AuditAction.fromWireName(row.getString("action")),
                row.getString("target_type"),
                row.getString("target_id"),
                row.getString("source_address"),
                row.getString("detail")));
    }
}
