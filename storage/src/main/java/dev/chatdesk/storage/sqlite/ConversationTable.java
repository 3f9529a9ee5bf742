package dev.chatdesk.storage.sqlite;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.NewConversation;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Conversations and their customers, in the {@code conversations} and {@code customers} tables. */
final class ConversationTable {
    private static final String SELECT = """
            SELECT c.id, c.channel, c.channel_address, c.locale, c.token_hash, c.status, c.assignee,
                   c.created_at, c.updated_at, c.customer_id, u.external_id, u.name, u.email, u.verified
            FROM conversations c JOIN customers u ON u.id = c.customer_id
            """;

    private ConversationTable() {}

    /**
     * Stores a new conversation with status {@code bot}. A customer with an external id is one
     * row shared by all their conversations: parts the new conversation knows overwrite the
     * stored ones, parts it leaves null keep them.
     */
    static Conversation insert(Connection connection, String id, NewConversation conversation, Instant now)
            throws SQLException {
        CustomerRow customer = storeCustomer(connection, conversation.channel(), conversation.customer(), now);
        Sql.update(connection, """
                INSERT INTO conversations(id, channel, channel_address, customer_id, locale, token_hash, status,
                                          created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, id, conversation.channel(), conversation.channelAddress(), customer.id(),
                conversation.locale(), conversation.tokenHash(), ConversationStatus.BOT.wireName(), now, now);
        return new Conversation(id, conversation.channel(), conversation.channelAddress(), customer.customer(),
                customer.id(), conversation.locale(), conversation.tokenHash(), ConversationStatus.BOT, null, now, now);
    }

    private record CustomerRow(long id, Customer customer) {}

    /**
     * The customer's row: a new one for a customer nobody vouches for, else the one of their id on
     * this channel, whose name and e-mail address a verified start may update.
     */
    private static CustomerRow storeCustomer(Connection connection, String channel, Customer customer, Instant now)
            throws SQLException {
        if (customer.externalId() == null || !customer.verified()) {
            Sql.update(connection, "INSERT INTO customers(name, email, verified, created_at) VALUES (?, ?, 0, ?)",
                    customer.name(), customer.email(), now);
            long id = Sql.first(connection, "SELECT last_insert_rowid()", row -> row.getLong(1)).orElseThrow();
            return new CustomerRow(id, Customer.unverified(customer.name(), customer.email()));
        }
        String key = channel + ":" + customer.externalId();
        Sql.update(connection, """
                INSERT INTO customers(external_id, name, email, verified, created_at) VALUES (?, ?, ?, 1, ?)
                ON CONFLICT(external_id) DO UPDATE SET name = coalesce(excluded.name, name),
                                                       email = coalesce(excluded.email, email)
                """, key, customer.name(), customer.email(), now);
        return Sql.first(connection, "SELECT id, external_id, name, email, verified FROM customers WHERE external_id = ?",
                        row -> new CustomerRow(row.getLong("id"), customer(row)), key)
                .orElseThrow();
    }

    /** The conversation with this id. */
    static Optional<Conversation> find(Connection connection, String id) throws SQLException {
        return Sql.first(connection, SELECT + "WHERE c.id = ?", ConversationTable::conversation, id);
    }

    /** The newest conversation at this channel address that is not closed. */
    static Optional<Conversation> findOpen(Connection connection, String channel, String channelAddress)
            throws SQLException {
        return Sql.first(connection, SELECT + """
                WHERE c.channel = ? AND c.channel_address = ? AND c.status <> 'closed'
                ORDER BY c.created_at DESC, c.rowid DESC LIMIT 1
                """, ConversationTable::conversation, channel, channelAddress);
    }

    /** The other conversations of the same customer (same row, or, between verified customers, the same e-mail address), newest first. */
    static List<Conversation> othersOfCustomer(Connection connection, String id, int limit) throws SQLException {
        return Sql.list(connection, SELECT + """
                WHERE c.id <> ?1 AND (c.customer_id = (SELECT customer_id FROM conversations WHERE id = ?1)
                   OR (u.verified = 1 AND u.email = (SELECT cu.email FROM conversations co
                                                     JOIN customers cu ON cu.id = co.customer_id
                                                     WHERE co.id = ?1 AND cu.verified = 1)))
                ORDER BY c.created_at DESC, c.rowid DESC LIMIT ?2
                """, ConversationTable::conversation, id, limit);
    }

    /** Every conversation of the customer (this row only), oldest first. */
    static List<Conversation> ofCustomer(Connection connection, long customerId) throws SQLException {
        return Sql.list(connection, SELECT + "WHERE c.customer_id = ? ORDER BY c.created_at, c.rowid",
                ConversationTable::conversation, customerId);
    }

    /** Whether a conversation with this id exists. */
    static boolean exists(Connection connection, String id) throws SQLException {
        return Sql.first(connection, "SELECT 1 FROM conversations WHERE id = ?", row -> true, id).isPresent();
    }

    /** The saved dialogue state, empty when none was saved; empty outside for an unknown conversation. */
    static Optional<Optional<String>> dialogueState(Connection connection, String id) throws SQLException {
        return Sql.first(connection, "SELECT dialogue_state FROM conversations WHERE id = ?",
                row -> Optional.ofNullable(row.getString(1)), id);
    }

    /** Marks the conversation as changed now; false when there is no such conversation. */
    static boolean touch(Connection connection, String id, Instant now) throws SQLException {
        return Sql.update(connection, "UPDATE conversations SET updated_at = ? WHERE id = ?", now, id) == 1;
    }

    /**
     * Saves a turn's dialogue state and status; the assignee is kept only while the status stays
     * {@code with_agent}. False when there is no such conversation.
     */
    static boolean saveTurn(Connection connection, String id, String dialogueState, ConversationStatus status,
            Instant now) throws SQLException {
        return Sql.update(connection, """
                UPDATE conversations
                SET dialogue_state = ?, status = ?, updated_at = ?,
                    assignee = CASE WHEN ? = 'with_agent' THEN assignee END
                WHERE id = ?
                """, dialogueState, status.wireName(), now, status.wireName(), id) == 1;
    }

    /** Sets status and assignee if the status is one of {@code from}; false when it was not (or no such id). */
    static boolean compareAndSetStatus(Connection connection, String id, Set<ConversationStatus> from,
            ConversationStatus to, String assignee, Instant now) throws SQLException {
        if (from.isEmpty()) {
            return false;
        }
        String placeholders = String.join(", ", Collections.nCopies(from.size(), "?"));
        Object[] parameters = new Object[4 + from.size()];
        parameters[0] = to.wireName();
        parameters[1] = assignee;
        parameters[2] = now;
        parameters[3] = id;
        int i = 4;
        for (ConversationStatus status : from) {
            parameters[i++] = status.wireName();
        }
        return Sql.update(connection, "UPDATE conversations SET status = ?, assignee = ?, updated_at = ? "
                + "WHERE id = ? AND status IN (" + placeholders + ")", parameters) == 1;
    }

    private static Conversation conversation(ResultSet row) throws SQLException {
        return new Conversation(
                row.getString("id"),
                row.getString("channel"),
                row.getString("channel_address"),
                customer(row),
                row.getLong("customer_id"),
                row.getString("locale"),
                row.getString("token_hash"),
                ConversationStatus.fromWireName(row.getString("status")),
                row.getString("assignee"),
                Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"));
    }

    private static Customer customer(ResultSet row) throws SQLException {
        String key = row.getString("external_id");
        String externalId = key == null ? null : key.substring(key.indexOf(':') + 1);
        return new Customer(externalId, row.getString("name"), row.getString("email"), row.getInt("verified") == 1);
    }
}
