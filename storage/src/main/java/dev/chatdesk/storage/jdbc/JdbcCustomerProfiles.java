package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.CustomerConversation;
import dev.chatdesk.core.conversation.CustomerConversation.Outcome;
import dev.chatdesk.core.conversation.CustomerMood;
import dev.chatdesk.core.conversation.CustomerProfile;
import dev.chatdesk.core.conversation.CustomerTag;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.nlu.SentimentLabel;
import dev.chatdesk.core.store.CustomerProfiles;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Profiles read from the {@code customers} row, the verified rows with the same e-mail address
 * ({@code email_key}: the address or its keyed hash), their conversations (along
 * {@code conversations_by_customer}) with their escalations and ratings, their customer messages'
 * sentiment, and the {@code customer_tags} table.
 */
final class JdbcCustomerProfiles implements CustomerProfiles {
    private static final String CUSTOMER = """
            SELECT id, external_ref, name, email, verified, key_id AS customer_key_id, created_at FROM customers
            """;

    private final Database database;
    private final ConversationTable conversations;

    JdbcCustomerProfiles(Database database, ConversationTable conversations) {
        this.database = database;
        this.conversations = conversations;
    }

    /** A stored customer row. */
    private record Row(long id, Customer customer, String reference, Instant createdAt) {}

    @Override
    public Optional<CustomerProfile> profile(long customerId) {
        return database.read(c -> {
            List<Long> ids = linked(c, customerId);
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            String in = ConversationTable.placeholders(ids.size());
            List<Row> rows = Sql.list(c, CUSTOMER + "WHERE id IN (" + in + ") ORDER BY id", this::row, ids.toArray());
            Row main = rows.stream().filter(r -> r.id() == customerId).findFirst().orElseThrow();
            List<String> identities = rows.stream().filter(r -> r.customer().verified() && r.reference() != null)
                    .map(Row::reference).distinct().toList();
            Instant firstSeen = rows.stream().map(Row::createdAt).min(Instant::compareTo).orElseThrow();
            List<Long> others = ids.stream().filter(id -> id != customerId).toList();
            long count = Sql.first(c, "SELECT count(*) FROM conversations WHERE customer_id IN (" + in + ")",
                    row -> row.getLong(1), ids.toArray()).orElseThrow();
            return Optional.of(new CustomerProfile(customerId, main.customer(), firstSeen, identities, others, count,
                    conversationsOf(c, ids), moods(c, ids), tags(c, ids)));
        });
    }

    @Override
    public List<CustomerTag> tag(long customerId, CustomerTag tag) {
        return database.write(c -> {
            List<Long> ids = existingLinked(c, customerId);
            Sql.update(c, """
                    INSERT INTO customer_tags(customer_id, tag, added_by, added_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (customer_id, tag) DO NOTHING
                    """, customerId, tag.tag(), tag.addedBy(), tag.addedAt());
            return tags(c, ids);
        });
    }

    @Override
    public List<CustomerTag> untag(long customerId, String tag) {
        return database.write(c -> {
            List<Long> ids = existingLinked(c, customerId);
            List<Object> parameters = new ArrayList<>(ids);
            parameters.add(tag);
            Sql.update(c, "DELETE FROM customer_tags WHERE customer_id IN (" + ConversationTable.placeholders(ids.size())
                    + ") AND tag = ?", parameters.toArray());
            return tags(c, ids);
        });
    }

    private List<Long> existingLinked(Connection c, long customerId) throws SQLException {
        List<Long> ids = linked(c, customerId);
        if (ids.isEmpty()) {
            throw new NoSuchElementException("No customer with id " + customerId);
        }
        return ids;
    }

    /** The customer's row and the verified rows with its e-mail address when it is verified, this one first; empty when there is none. */
    private static List<Long> linked(Connection c, long customerId) throws SQLException {
        Optional<String> emailKey = Sql.first(c, "SELECT verified, email_key FROM customers WHERE id = ?",
                row -> row.getInt(1) == 1 && row.getString(2) != null ? row.getString(2) : "", customerId);
        if (emailKey.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(List.of(customerId));
        if (!emailKey.get().isEmpty()) {
            ids.addAll(Sql.list(c, "SELECT id FROM customers WHERE verified = 1 AND email_key = ? AND id <> ? ORDER BY id",
                    row -> row.getLong(1), emailKey.get(), customerId));
        }
        return ids;
    }

    private Row row(ResultSet row) throws SQLException {
        Customer customer = conversations.customer(row);
        String reference = customer.externalId() == null ? null : conversations.externalReference(row);
        return new Row(row.getLong("id"), customer, reference, Sql.instant(row, "created_at"));
    }

    /** The latest conversations, newest first. */
    private static List<CustomerConversation> conversationsOf(Connection c, List<Long> ids) throws SQLException {
        List<Object> parameters = new ArrayList<>(ids);
        parameters.add(CustomerProfile.MAX_CONVERSATIONS);
        return Sql.list(c, """
                SELECT c.id, c.channel, c.status, c.created_at, c.updated_at, c.first_escalated_at,
                       (SELECT e.reason FROM escalations e WHERE e.conversation_id = c.id ORDER BY e.escalated_at, e.id LIMIT 1) AS reason,
                       (SELECT e.responder FROM escalations e WHERE e.conversation_id = c.id AND e.responder IS NOT NULL
                        ORDER BY e.escalated_at, e.id LIMIT 1) AS agent,
                       (SELECT e.ended_by FROM escalations e WHERE e.conversation_id = c.id ORDER BY e.escalated_at DESC, e.id DESC LIMIT 1) AS ended_by,
                       (SELECT f.rating FROM feedback f WHERE f.conversation_id = c.id) AS rating
                FROM conversations c
                WHERE c.customer_id IN (%s)
                ORDER BY c.created_at DESC, c.id
                LIMIT ?
                """.formatted(ConversationTable.placeholders(ids.size())), row -> {
                    ConversationStatus status = ConversationStatus.fromWireName(row.getString("status"));
                    String reason = row.getString("reason");
                    int rating = row.getInt("rating");
                    Integer rated = row.wasNull() ? null : rating;
                    return new CustomerConversation(row.getString("id"), row.getString("channel"), status,
                            outcome(status, Sql.instant(row, "first_escalated_at") != null, row.getString("ended_by")),
                            Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"),
                            reason == null ? null : EscalationReason.fromWireName(reason), row.getString("agent"), rated);
                }, parameters.toArray());
    }

    private static Outcome outcome(ConversationStatus status, boolean escalated, String endedBy) {
        if (status == ConversationStatus.WAITING_FOR_AGENT) {
            return Outcome.WAITING;
        }
        if (status == ConversationStatus.WITH_AGENT) {
            return Outcome.WITH_AGENT;
        }
        if (!escalated) {
            return Outcome.CONTAINED;
        }
        return "closed".equals(endedBy) ? Outcome.RESOLVED : Outcome.HANDED_BACK;
    }

    /** The latest customer messages' sentiment, oldest first. */
    private static List<CustomerMood> moods(Connection c, List<Long> ids) throws SQLException {
        List<Object> parameters = new ArrayList<>(ids);
        parameters.add(CustomerProfile.MAX_SENTIMENT);
        List<CustomerMood> newestFirst = Sql.list(c, """
                SELECT m.conversation_id, m.created_at, m.nlu_sentiment, m.nlu_anger
                FROM messages m JOIN conversations c ON c.id = m.conversation_id
                WHERE c.customer_id IN (%s) AND m.role = 'customer' AND m.nlu_anger IS NOT NULL AND m.nlu_sentiment IS NOT NULL
                ORDER BY m.created_at DESC, m.seq DESC
                LIMIT ?
                """.formatted(ConversationTable.placeholders(ids.size())), row -> new CustomerMood(row.getString(1),
                        Sql.instant(row, "created_at"), SentimentLabel.fromWireName(row.getString(3)), row.getDouble(4)),
                parameters.toArray());
        List<CustomerMood> moods = new ArrayList<>(newestFirst);
        Collections.reverse(moods);
        return moods;
    }

    /** The tags of these rows, each once (as first added), in the order they were added. */
    private static List<CustomerTag> tags(Connection c, List<Long> ids) throws SQLException {
        Map<String, CustomerTag> tags = new LinkedHashMap<>();
        Sql.list(c, "SELECT tag, added_by, added_at FROM customer_tags WHERE customer_id IN ("
                + ConversationTable.placeholders(ids.size()) + ") ORDER BY added_at, tag", row -> tags.putIfAbsent(row.getString(1),
                new CustomerTag(row.getString(1), row.getString(2), Sql.instant(row, "added_at"))), ids.toArray());
        return List.copyOf(tags.values());
    }
}
