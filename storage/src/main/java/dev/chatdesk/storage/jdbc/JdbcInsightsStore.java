package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.BotAction;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.insights.AgentMeasures;
import dev.chatdesk.core.insights.Alert;
import dev.chatdesk.core.insights.AngryShare;
import dev.chatdesk.core.insights.BotTurns;
import dev.chatdesk.core.insights.Csat;
import dev.chatdesk.core.insights.Headline;
import dev.chatdesk.core.insights.Insights;
import dev.chatdesk.core.insights.InsightsRange;
import dev.chatdesk.core.insights.IntentCount;
import dev.chatdesk.core.insights.SeriesPoint;
import dev.chatdesk.core.insights.UnansweredQuestion;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.store.InsightsStore;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The insights by SQL over the indexes kept for them ({@code conversations_by_start},
 * {@code messages_from_customers_by_time}, {@code escalations_by_time}, {@code feedback_by_time}),
 * the same statements on SQLite and PostgreSQL. A call's parts are read one statement after the
 * other: a turn stored meanwhile may count in one part and not yet in another.
 */
final class JdbcInsightsStore implements InsightsStore {
    private static final String SELECT_ALERT = "SELECT id, kind, raised_at, cleared_at, posted_at, message FROM insight_alerts\n";

    private final Database database;
    private final RecordCipher cipher;

    JdbcInsightsStore(Database database, RecordCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    @Override
    public Insights measure(InsightsRange range, double angryAt) {
        return database.read(c -> {
            Map<Long, long[]> started = conversationsByBucket(c, range);
            Map<Long, double[]> moods = new HashMap<>();
            Map<BotAction, Long> actions = new EnumMap<>(BotAction.class);
            Map<String, Long> intents = new HashMap<>();
            customerMessages(c, range, angryAt, moods, actions, intents);
            List<SeriesPoint> series = new ArrayList<>();
            for (int i = 0; i < range.buckets(); i++) {
                long[] conversations = started.getOrDefault((long) i, new long[2]);
                double[] mood = moods.getOrDefault((long) i, new double[4]);
                long understood = (long) mood[0];
                series.add(new SeriesPoint(range.bucketStart(i), conversations[0], conversations[1], understood,
                        (long) mood[1], (long) mood[2], understood == 0 ? 0 : mood[3] / understood));
            }
            long conversations = series.stream().mapToLong(SeriesPoint::conversations).sum();
            long contained = series.stream().mapToLong(SeriesPoint::contained).sum();
            EscalationScan escalations = EscalationScan.of(c, range);
            return new Insights(range, headline(c, range, conversations, contained, escalations), new BotTurns(actions),
                    top(intents), series, agents(c, range, escalations));
        });
    }

    @Override
    public Headline headline(InsightsRange range) {
        return database.read(c -> {
            long[] totals = Sql.first(c, """
                    SELECT count(*), sum(CASE WHEN first_escalated_at IS NULL THEN 1 ELSE 0 END) FROM conversations
                    WHERE created_at >= ? AND created_at < ? AND customer_wrote_at IS NOT NULL
                    """, row -> new long[] {row.getLong(1), row.getLong(2)}, range.from(), range.to()).orElseThrow();
            return headline(c, range, totals[0], totals[1], EscalationScan.of(c, range));
        });
    }

    /**
     * Along {@code messages_unanswered_by_time}; a declined offer's question is the customer message
     * the bot had asked about, the last one before it that it clarified.
     */
    @Override
    public List<UnansweredQuestion> unanswered(Instant from, Instant to, int limit) {
        return database.read(c -> Sql.list(c, """
                SELECT m.id, m.conversation_id, m.created_at, coalesce(q.id, m.id) AS question_id,
                       coalesce(q.key_id, m.key_id) AS key_id, coalesce(q.text, m.text) AS text,
                       coalesce(q.language, m.language) AS language
                FROM messages m
                LEFT JOIN messages q ON m.bot_action = 'declined' AND q.conversation_id = m.conversation_id
                    AND q.seq = (SELECT max(p.seq) FROM messages p WHERE p.conversation_id = m.conversation_id
                                 AND p.seq < m.seq AND p.role = 'customer' AND p.bot_action = 'clarified')
                WHERE m.role = 'customer' AND m.bot_action IN ('fallback', 'declined') AND m.created_at >= ? AND m.created_at < ?
                  AND (m.bot_action = 'fallback' OR q.id IS NOT NULL)
                ORDER BY m.created_at DESC
                LIMIT ?
                """, row -> new UnansweredQuestion(row.getString("question_id"), row.getString("conversation_id"),
                        cipher.open(row.getString("key_id"), row.getString("text"), MessageTable.TEXT),
                        row.getString("language") == null ? null : Language.fromCode(row.getString("language")),
                        Sql.instant(row, "created_at")), from, to, limit));
    }

    @Override
    public AngryShare angryShare(Instant from, Instant to, double angryAt) {
        return database.read(c -> Sql.first(c, """
                SELECT count(DISTINCT conversation_id), count(DISTINCT CASE WHEN nlu_anger >= ? THEN conversation_id END)
                FROM messages
                WHERE role = 'customer' AND created_at >= ? AND created_at < ? AND nlu_anger IS NOT NULL
                """, row -> new AngryShare(row.getLong(1), row.getLong(2)), angryAt, from, to).orElseThrow());
    }

    @Override
    public Optional<Alert> openAlert(String kind) {
        return database.read(c -> Sql.first(c, SELECT_ALERT + "WHERE kind = ? AND cleared_at IS NULL", JdbcInsightsStore::alert,
                kind));
    }

    @Override
    public Optional<Alert> raise(String kind, String message, Instant at) {
        return database.write(c -> Sql.first(c, """
                INSERT INTO insight_alerts(kind, raised_at, message) VALUES (?, ?, ?)
                ON CONFLICT(kind) WHERE cleared_at IS NULL DO NOTHING
                RETURNING id
                """, row -> new Alert(row.getLong(1), kind, at, null, null, message), kind, at, message));
    }

    @Override
    public void posted(long alertId, Instant at) {
        database.write(c -> Sql.update(c, "UPDATE insight_alerts SET posted_at = ? WHERE id = ? AND posted_at IS NULL", at, alertId));
    }

    @Override
    public void clear(long alertId, Instant at) {
        database.write(c -> Sql.update(c, "UPDATE insight_alerts SET cleared_at = ? WHERE id = ? AND cleared_at IS NULL", at,
                alertId));
    }

    @Override
    public List<Alert> alerts(Instant from, Instant to) {
        return database.read(c -> Sql.list(c, SELECT_ALERT + """
                WHERE (raised_at >= ? AND raised_at < ?) OR cleared_at IS NULL
                ORDER BY raised_at DESC, id DESC
                """, JdbcInsightsStore::alert, from, to));
    }

    private static Alert alert(ResultSet row) throws SQLException {
        return new Alert(row.getLong("id"), row.getString("kind"), Sql.instant(row, "raised_at"), Sql.instant(row, "cleared_at"),
                Sql.instant(row, "posted_at"), row.getString("message"));
    }

    private static Headline headline(Connection c, InsightsRange range, long conversations, long contained,
            EscalationScan escalations) throws SQLException {
        Csat csat = csat(Sql.list(c, "SELECT rating, count(*) FROM feedback WHERE created_at >= ? AND created_at < ? GROUP BY rating",
                row -> new long[] {row.getInt(1), row.getLong(2)}, range.from(), range.to()));
        return new Headline(conversations, contained, escalations.reasons(), csat, escalations.firstResponse(),
                escalations.resolution());
    }

    /** Per bucket: conversations started in which the customer wrote, and those never escalated. */
    private static Map<Long, long[]> conversationsByBucket(Connection c, InsightsRange range) throws SQLException {
        Map<Long, long[]> byBucket = new HashMap<>();
        Sql.list(c, """
                SELECT (created_at - ?) / ? AS bucket, count(*), sum(CASE WHEN first_escalated_at IS NULL THEN 1 ELSE 0 END)
                FROM conversations
                WHERE created_at >= ? AND created_at < ? AND customer_wrote_at IS NOT NULL
                GROUP BY bucket
                """, row -> byBucket.put(row.getLong(1), new long[] {row.getLong(2), row.getLong(3)}),
                range.from(), range.bucket().length().toMillis(), range.from(), range.to());
        return byBucket;
    }

    /**
     * One pass over the customer messages of the range, by bucket and intent: per bucket, those read,
     * the negative ones, the angry ones and the sum of their anger (into {@code moods}); what the bot
     * did with them (into {@code actions}); how often each intent was read (into {@code intents}).
     */
    private static void customerMessages(Connection c, InsightsRange range, double angryAt, Map<Long, double[]> moods,
            Map<BotAction, Long> actions, Map<String, Long> intents) throws SQLException {
        BotAction[] kinds = BotAction.values();
        StringBuilder byAction = new StringBuilder();
        for (BotAction action : kinds) {
            byAction.append(", sum(CASE WHEN bot_action = '").append(action.wireName()).append("' THEN 1 ELSE 0 END)");
        }
        Sql.list(c, """
                SELECT (created_at - ?) / ? AS bucket, CASE WHEN nlu_out_of_scope = 0 THEN nlu_intent END AS intent,
                       count(nlu_anger), sum(CASE WHEN nlu_sentiment = 'negative' THEN 1 ELSE 0 END),
                       sum(CASE WHEN nlu_anger >= ? THEN 1 ELSE 0 END), sum(nlu_anger)%s
                FROM messages
                WHERE role = 'customer' AND created_at >= ? AND created_at < ?
                GROUP BY bucket, intent
                """.formatted(byAction), row -> {
                    double[] mood = moods.computeIfAbsent(row.getLong(1), bucket -> new double[4]);
                    long understood = row.getLong(3);
                    mood[0] += understood;
                    mood[1] += row.getLong(4);
                    mood[2] += row.getLong(5);
                    mood[3] += row.getDouble(6);
                    String intent = row.getString(2);
                    if (intent != null) {
                        intents.merge(intent, understood, Long::sum);
                    }
                    for (int i = 0; i < kinds.length; i++) {
                        long count = row.getLong(7 + i);
                        if (count > 0) {
                            actions.merge(kinds[i], count, Long::sum);
                        }
                    }
                    return null;
                }, range.from(), range.bucket().length().toMillis(), angryAt, range.from(), range.to());
    }

    /** The intents read most often, most first, then by name. */
    private static List<IntentCount> top(Map<String, Long> intents) {
        return intents.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_INTENTS)
                .map(e -> new IntentCount(e.getKey(), e.getValue()))
                .toList();
    }

    private static List<AgentMeasures> agents(Connection c, InsightsRange range, EscalationScan escalations)
            throws SQLException {
        Map<String, List<long[]>> ratings = new HashMap<>();
        Sql.list(c, """
                SELECT responder, rating, count(*) FROM (
                    SELECT DISTINCT f.conversation_id, f.rating, e.responder
                    FROM feedback f JOIN escalations e ON e.conversation_id = f.conversation_id
                    WHERE f.created_at >= ? AND f.created_at < ? AND e.responder IS NOT NULL) rated
                GROUP BY responder, rating
                """, row -> ratings.computeIfAbsent(row.getString(1), agent -> new ArrayList<>())
                        .add(new long[] {row.getInt(2), row.getLong(3)}), range.from(), range.to());
        List<AgentMeasures> agents = new ArrayList<>();
        escalations.agents().forEach((agent, work) -> agents.add(new AgentMeasures(agent, work.handled(), work.resolved(),
                work.firstResponse(), csat(ratings.getOrDefault(agent, List.of())))));
        return agents;
    }

    /** Ratings from rows of {@code rating, count}. */
    private static Csat csat(List<long[]> rows) {
        Long[] byRating = {0L, 0L, 0L, 0L, 0L};
        for (long[] row : rows) {
            byRating[(int) row[0] - 1] = row[1];
        }
        return new Csat(List.of(byRating));
    }
}
