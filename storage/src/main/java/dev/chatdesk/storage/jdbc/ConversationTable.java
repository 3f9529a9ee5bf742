package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Conversations and their customers, in the {@code conversations} and {@code customers} tables.
 * Conversations started in the same millisecond are ordered by {@code rowid}: SQLite's own
 * insertion order, and a column of that name in the PostgreSQL schema.
 */
final class ConversationTable {
    /** What {@link #conversation} reads: the columns of a conversation, its customer and its agent's name. */
    static final String COLUMNS = """
            c.id, c.channel, c.channel_address, c.locale, c.token_hash, c.status, c.assignee,
                   a.display_name AS assignee_name,
                   c.created_at, c.updated_at, c.customer_id, c.key_id AS conversation_key_id,
                   u.external_ref, u.name, u.email, u.verified, u.key_id AS customer_key_id
            """;
    private static final String SELECT = "SELECT " + COLUMNS + joined("conversations c");

    static final String NAME = "customers.name";
    static final String EMAIL = "customers.email";
    static final String EXTERNAL_REF = "customers.external_ref";
    static final String CHANNEL_ADDRESS = "conversations.channel_address";
    static final String DIALOGUE_STATE = "conversations.dialogue_state";

    private final RecordCipher cipher;
    private final SearchIndex search;

    /** Conversations sealed with {@code cipher}, their customers indexed in {@code search}. */
    ConversationTable(RecordCipher cipher, SearchIndex search) {
        this.cipher = cipher;
        this.search = search;
    }

    /**
     * Stores a new conversation with status {@code bot}. A customer with an external id is one
     * row shared by all their conversations: parts the new conversation knows overwrite the
     * stored ones, parts it leaves null keep them.
     */
    Conversation insert(Connection connection, String id, NewConversation conversation, Instant now)
            throws SQLException {
        CustomerRow customer = storeCustomer(connection, conversation.channel(), conversation.customer(), now);
        Sql.update(connection, """
                INSERT INTO conversations(id, channel, channel_address, channel_address_key, customer_id, locale,
                                          token_hash, status, created_at, updated_at, key_id, search_key_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, id, conversation.channel(), cipher.seal(conversation.channelAddress(), CHANNEL_ADDRESS),
                cipher.lookup(conversation.channelAddress()), customer.id(), conversation.locale(),
                conversation.tokenHash(), ConversationStatus.BOT.wireName(), now, now, cipher.keyId(), cipher.keyId());
        Conversation inserted = new Conversation(id, conversation.channel(), conversation.channelAddress(),
                customer.customer(), customer.id(), conversation.locale(), conversation.tokenHash(), ConversationStatus.BOT,
                null, null, now, now);
        search.addCustomer(connection, inserted);
        return inserted;
    }

    private record CustomerRow(long id, Customer customer) {}

    /**
     * The customer's row: a new one for a customer nobody vouches for, else the one of their id on
     * this channel, whose name and e-mail address a verified start may update.
     */
    private CustomerRow storeCustomer(Connection connection, String channel, Customer customer, Instant now)
            throws SQLException {
        if (customer.externalId() == null || !customer.verified()) {
            long id = Sql.first(connection,
                    "INSERT INTO customers(name, email, verified, created_at, key_id) VALUES (?, ?, 0, ?, ?) RETURNING id",
                    row -> row.getLong(1), cipher.seal(customer.name(), NAME), cipher.seal(customer.email(), EMAIL), now,
                    cipher.keyId()).orElseThrow();
            return new CustomerRow(id, Customer.unverified(customer.name(), customer.email()));
        }
        String reference = channel + ":" + customer.externalId();
        List<String> forms = cipher.lookups(reference);
        Optional<CustomerRow> stored = Sql.first(connection,
                "SELECT id, external_ref, name, email, verified, key_id AS customer_key_id FROM customers WHERE external_id IN ("
                        + placeholders(forms.size()) + ")",
                row -> new CustomerRow(row.getLong("id"), customer(row)), forms.toArray());
        Customer updated = customer.updating(stored.map(CustomerRow::customer).orElse(Customer.ANONYMOUS));
        String name = updated.name();
        String email = updated.email();
        // The whole row is written again under the active key, so that one key id covers all of it.
        Object[] values = {cipher.lookup(reference), cipher.seal(reference, EXTERNAL_REF), cipher.seal(name, NAME),
            cipher.seal(email, EMAIL), cipher.lookup(email), cipher.keyId()};
        long id;
        if (stored.isPresent()) {
            id = stored.get().id();
            Sql.update(connection, """
                    UPDATE customers SET external_id = ?, external_ref = ?, name = ?, email = ?, email_key = ?, key_id = ?
                    WHERE id = ?""", append(values, id));
        } else {
            id = Sql.first(connection, """
                    INSERT INTO customers(external_id, external_ref, name, email, email_key, key_id, verified, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, 1, ?) RETURNING id""", row -> row.getLong(1), append(values, now)).orElseThrow();
        }
        return new CustomerRow(id, updated);
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }

    /** The conversation with this id. */
    Optional<Conversation> find(Connection connection, String id) throws SQLException {
        return Sql.first(connection, SELECT + "WHERE c.id = ?", this::conversation, id);
    }

    /** The newest conversation at this channel address that is not closed. */
    Optional<Conversation> findOpen(Connection connection, String channel, String channelAddress)
            throws SQLException {
        List<String> forms = cipher.lookups(channelAddress);
        List<Object> parameters = new ArrayList<>();
        parameters.add(channel);
        parameters.addAll(forms);
        return Sql.first(connection, SELECT + "WHERE c.channel = ? AND c.channel_address_key IN (" + placeholders(forms.size())
                + """
                ) AND c.status <> 'closed'
                ORDER BY c.created_at DESC, c.rowid DESC LIMIT 1
                """, this::conversation, parameters.toArray());
    }

    /** The other conversations of the same customer (same row, or, between verified customers, the same e-mail address), newest first. */
    List<Conversation> othersOfCustomer(Connection connection, String id, int limit) throws SQLException {
        return Sql.list(connection, SELECT + """
                WHERE c.id <> ? AND (c.customer_id = (SELECT customer_id FROM conversations WHERE id = ?)
                   OR (u.verified = 1 AND u.email_key = (SELECT cu.email_key FROM conversations co
                                                     JOIN customers cu ON cu.id = co.customer_id
                                                     WHERE co.id = ? AND cu.verified = 1)))
                ORDER BY c.created_at DESC, c.rowid DESC LIMIT ?
                """, this::conversation, id, id, id, limit);
    }

    /** Every conversation of the customer (this row only), oldest first. */
    List<Conversation> ofCustomer(Connection connection, long customerId) throws SQLException {
        return Sql.list(connection, SELECT + "WHERE c.customer_id = ? ORDER BY c.created_at, c.rowid",
                this::conversation, customerId);
    }

    /** Whether a conversation with this id exists. */
    boolean exists(Connection connection, String id) throws SQLException {
        return Sql.first(connection, "SELECT 1 FROM conversations WHERE id = ?", row -> true, id).isPresent();
    }

    /** Checks that a conversation with this id exists. */
    void requireExists(Connection connection, String id) throws SQLException {
        if (!exists(connection, id)) {
            throw unknown(id);
        }
    }

    /** The error for a conversation id that does not exist. */
    static NoSuchElementException unknown(String id) {
        return new NoSuchElementException("No conversation with id " + id);
    }

    /** The saved dialogue state, empty when none was saved; empty outside for an unknown conversation. */
    Optional<Optional<String>> dialogueState(Connection connection, String id) throws SQLException {
        return Sql.first(connection, "SELECT key_id, dialogue_state FROM conversations WHERE id = ?",
                row -> Optional.ofNullable(cipher.open(row.getString(1), row.getString(2), DIALOGUE_STATE)), id);
    }

    /**
     * Marks the conversation as changed now by a message of this role, noting when its customer
     * first wrote (what the insights count conversations by); false when there is no such conversation.
     */
    boolean touch(Connection connection, String id, Role by, Instant now) throws SQLException {
        return Sql.update(connection, """
                UPDATE conversations SET updated_at = ?,
                    customer_wrote_at = CASE WHEN ? = 'customer' AND customer_wrote_at IS NULL THEN ? ELSE customer_wrote_at END
                WHERE id = ?
                """, now, by.wireName(), now, id) == 1;
    }

    /**
     * Saves a turn's dialogue state and status; the assignee is kept only while the status stays
     * {@code with_agent}. False when there is no such conversation.
     */
    boolean saveTurn(Connection connection, String id, String dialogueState, ConversationStatus status,
            Instant now) throws SQLException {
        // One statement for the usual turn: the row is already under the active key (or both plain).
        String state = cipher.seal(dialogueState, DIALOGUE_STATE);
        if (Sql.update(connection, """
                UPDATE conversations
                SET dialogue_state = ?, status = ?, updated_at = ?, assignee = CASE WHEN ? = 'with_agent' THEN assignee END
                WHERE id = ? AND key_id IS NOT DISTINCT FROM ?
                """, state, status.wireName(), now, status.wireName(), id, cipher.keyId()) == 1) {
            return true;
        }
        // Under another key: the channel address is sealed again with the state, so that one key id covers the row.
        Optional<Optional<String>> address = Sql.first(connection,
                "SELECT key_id, channel_address FROM conversations WHERE id = ?",
                row -> Optional.ofNullable(cipher.open(row.getString(1), row.getString(2), CHANNEL_ADDRESS)), id);
        if (address.isEmpty()) {
            return false;
        }
        return Sql.update(connection, """
                UPDATE conversations
                SET dialogue_state = ?, channel_address = ?, key_id = ?, status = ?, updated_at = ?,
                    assignee = CASE WHEN ? = 'with_agent' THEN assignee END
                WHERE id = ?
                """, state, cipher.seal(address.get().orElse(null), CHANNEL_ADDRESS),
                cipher.keyId(), status.wireName(), now, status.wireName(), id) == 1;
    }

    /**
     * Sets status and assignee if the status is one of {@code from}, remembering the assignee as an
     * agent who has had the conversation; false when it was not (or no such id).
     */
    boolean compareAndSetStatus(Connection connection, String id, Set<ConversationStatus> from,
            ConversationStatus to, String assignee, Instant now) throws SQLException {
        if (from.isEmpty()) {
            return false;
        }
        String placeholders = placeholders(from.size());
        Object[] parameters = new Object[4 + from.size()];
        parameters[0] = to.wireName();
        parameters[1] = assignee;
        parameters[2] = now;
        parameters[3] = id;
        int i = 4;
        for (ConversationStatus status : from) {
            parameters[i++] = status.wireName();
        }
        boolean changed = Sql.update(connection, "UPDATE conversations SET status = ?, assignee = ?, updated_at = ? "
                + "WHERE id = ? AND status IN (" + placeholders + ")", parameters) == 1;
        if (changed && assignee != null) {
            Sql.update(connection, "INSERT INTO conversation_agents(conversation_id, username) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    id, assignee);
        }
        return changed;
    }

    /**
     * The tables {@link #COLUMNS} come from, the conversations ({@code c}) read from {@code conversations}
     * (the table, or a join that names the rows to read).
     */
    static String joined(String conversations) {
        return "FROM " + conversations + """

                 JOIN customers u ON u.id = c.customer_id
                 LEFT JOIN agents a ON a.username = c.assignee
                """;
    }

    /** The conversation in a row of {@link #COLUMNS}. */
    Conversation conversation(ResultSet row) throws SQLException {
        return new Conversation(
                row.getString("id"),
                row.getString("channel"),
                cipher.open(row.getString("conversation_key_id"), row.getString("channel_address"), CHANNEL_ADDRESS),
                customer(row),
                row.getLong("customer_id"),
                row.getString("locale"),
                row.getString("token_hash"),
                ConversationStatus.fromWireName(row.getString("status")),
                row.getString("assignee"),
                row.getString("assignee_name"),
                Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"));
    }

    /** A customer from a row with its {@code external_ref}, {@code name}, {@code email}, {@code verified} and {@code customer_key_id}. */
    Customer customer(ResultSet row) throws SQLException {
        String keyId = row.getString("customer_key_id");
        String reference = externalReference(row);
        String externalId = reference == null ? null : reference.substring(reference.indexOf(':') + 1);
        return new Customer(externalId, cipher.open(keyId, row.getString("name"), NAME),
                cipher.open(keyId, row.getString("email"), EMAIL), row.getInt("verified") == 1);
    }

    /** A verified customer's {@code channel:externalId}, from a row with its {@code external_ref} and {@code customer_key_id}; else null. */
    String externalReference(ResultSet row) throws SQLException {
        return cipher.open(row.getString("customer_key_id"), row.getString("external_ref"), EXTERNAL_REF);
    }

    /** {@code ?, ?, ?}: as many parameters as {@code count}. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
