package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.CustomerData;
import dev.chatdesk.core.conversation.CustomerExport;
import dev.chatdesk.core.conversation.CustomerExport.ConversationExport;
import dev.chatdesk.core.conversation.CustomerTag;
import dev.chatdesk.core.conversation.PendingDelivery;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's data in the store's database. Erasure deletes their rows in one transaction, then
 * has the database forget them ({@link Database#forgetErased}): on SQLite the text is gone from the
 * files on disk too, not only from queries.
 */
final class JdbcCustomerData implements CustomerData {
    private final Database database;
    private final Tables tables;

    JdbcCustomerData(Database database, Tables tables) {
        this.database = database;
        this.tables = tables;
    }

    @Override
    public Optional<CustomerExport> export(long customerId) {
        return database.read(c -> {
            Optional<Instant> createdAt = Sql.first(c, "SELECT created_at FROM customers WHERE id = ?",
                    row -> Sql.instant(row, "created_at"), customerId);
            if (createdAt.isEmpty()) {
                return Optional.empty();
            }
            List<Conversation> conversations = tables.conversations().ofCustomer(c, customerId);
            List<ConversationExport> exports = new ArrayList<>();
            for (Conversation conversation : conversations) {
                String id = conversation.id();
                exports.add(new ConversationExport(conversation, tables.messages().all(c, id),
                        tables.escalations().ofConversation(c, id), tables.feedback().of(c, id).orElse(null)));
            }
            List<CustomerTag> tags = Sql.list(c, "SELECT tag, added_by, added_at FROM customer_tags WHERE customer_id = ? ORDER BY added_at",
                    row -> new CustomerTag(row.getString(1), row.getString(2), Sql.instant(row, "added_at")), customerId);
            return Optional.of(new CustomerExport(customerId,
                    conversations.isEmpty() ? null : conversations.getFirst().customer(), createdAt.get(), exports, tags));
        });
    }

    @Override
    public boolean erase(long customerId) {
        boolean erased = database.write(c -> {
            if (Sql.first(c, "SELECT 1 FROM customers WHERE id = ?", row -> true, customerId).isEmpty()) {
                return false;
            }
            eraseConversations(c, tables.conversations().ofCustomer(c, customerId));
            Sql.update(c, "DELETE FROM customer_tags WHERE customer_id = ?", customerId);
            Sql.update(c, "DELETE FROM customers WHERE id = ?", customerId);
            return true;
        });
        if (erased) {
            database.forgetErased();
        }
        return erased;
    }

    @Override
    public int eraseClosedBefore(Instant closedBefore, int limit) {
        int erased = database.write(c -> {
            List<Conversation> expired = new ArrayList<>();
            for (String id : Sql.list(c,
                    "SELECT id FROM conversations WHERE status = 'closed' AND updated_at < ? ORDER BY updated_at LIMIT ?",
                    row -> row.getString(1), closedBefore, limit)) {
                tables.conversations().find(c, id).ifPresent(expired::add);
            }
            eraseConversations(c, expired);
            Sql.update(c, "DELETE FROM customer_tags WHERE NOT EXISTS (SELECT 1 FROM conversations WHERE customer_id = customer_tags.customer_id)");
            Sql.update(c, "DELETE FROM customers WHERE NOT EXISTS (SELECT 1 FROM conversations WHERE customer_id = customers.id)");
            return expired.size();
        });
        if (erased > 0) {
            database.forgetErased();
        }
        return erased;
    }

    /** Deletes the conversations with every message, escalation, rating, search document and pending platform delivery of theirs. */
    private void eraseConversations(Connection c, List<Conversation> conversations) throws SQLException {
        // A platform delivery not yet processed names its sender's address in its (maybe encrypted)
        // payload: each channel's pending deliveries are read once, however many conversations it has here.
        Map<String, List<String>> addressesByChannel = new HashMap<>();
        for (Conversation conversation : conversations) {
            if (conversation.channelAddress() != null) {
                addressesByChannel.computeIfAbsent(conversation.channel(), channel -> new ArrayList<>())
                        .add(conversation.channelAddress());
            }
        }
        for (Map.Entry<String, List<String>> channel : addressesByChannel.entrySet()) {
            for (PendingDelivery delivery : tables.deliveries().pending(c, channel.getKey())) {
                if (channel.getValue().stream().anyMatch(delivery.payload()::contains)) {
                    tables.deliveries().forget(c, channel.getKey(), delivery.deliveryId());
                }
            }
        }
        for (Conversation conversation : conversations) {
            String id = conversation.id();
            // Replies point at the messages they answer: clear those links before deleting.
            Sql.update(c, "UPDATE messages SET in_reply_to = NULL WHERE conversation_id = ?", id);
            tables.search().erase(c, id);
            for (String table : List.of("messages", "escalations", "feedback", "conversation_agents", "search_backlog")) {
                Sql.update(c, "DELETE FROM " + table + " WHERE conversation_id = ?", id);
            }
            Sql.update(c, "DELETE FROM conversations WHERE id = ?", id);
        }
        if (!conversations.isEmpty()) {
            tables.search().forgetErased(c);
        }
    }
}
