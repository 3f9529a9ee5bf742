package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.insights.Durations;
import dev.chatdesk.core.insights.InsightsRange;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One pass over the escalations of a range (on {@code escalations_by_time}, a row of four numbers
 * each): how many of each reason, the first-response and resolution times, and each agent's
 * share. The times come back to be ranked here: a single sort, where the databases' window
 * functions took longer.
 */
final class EscalationScan {
    /** What one agent answered first in the range: the times to their first replies, and how many were resolved. */
    static final class AgentWork {
        private final List<Long> firstResponses = new ArrayList<>();
        private long resolved;

        long handled() {
            return firstResponses.size();
        }

        long resolved() {
            return resolved;
        }

        Durations firstResponse() {
            return Durations.ofMillis(firstResponses);
        }
    }

    private final Map<EscalationReason, Long> reasons = new EnumMap<>(EscalationReason.class);
    private final List<Long> firstResponses = new ArrayList<>();
    private final List<Long> resolutions = new ArrayList<>();
    private final Map<String, AgentWork> agents = new TreeMap<>();

    private EscalationScan() {}

    /** Reads the escalations raised in the range. */
    static EscalationScan of(Connection connection, InsightsRange range) throws SQLException {
        EscalationScan scan = new EscalationScan();
        Sql.list(connection, """
                SELECT reason, responder, first_response_at - escalated_at,
                       CASE WHEN ended_by = 'closed' THEN ended_at - escalated_at END
                FROM escalations WHERE escalated_at >= ? AND escalated_at < ?
                """, scan::add, range.from(), range.to());
        return scan;
    }

    private Void add(ResultSet row) throws SQLException {
        reasons.merge(EscalationReason.fromWireName(row.getString(1)), 1L, Long::sum);
        String responder = row.getString(2);
        long firstResponse = row.getLong(3);
        boolean answered = !row.wasNull();
        long resolution = row.getLong(4);
        boolean resolved = !row.wasNull();
        if (answered) {
            firstResponses.add(firstResponse);
        }
        if (resolved) {
            resolutions.add(resolution);
        }
        if (responder != null) {
            AgentWork work = agents.computeIfAbsent(responder, agent -> new AgentWork());
            work.firstResponses.add(firstResponse);
            work.resolved += resolved ? 1 : 0;
        }
        return null;
    }

    Map<EscalationReason, Long> reasons() {
        return reasons;
    }

    Durations firstResponse() {
        return Durations.ofMillis(firstResponses);
    }

    Durations resolution() {
        return Durations.ofMillis(resolutions);
    }

    /** Each agent who answered an escalation of the range first, by username. */
    Map<String, AgentWork> agents() {
        return agents;
    }
}
