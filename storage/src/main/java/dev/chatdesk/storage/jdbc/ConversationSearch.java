package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.store.ConversationPage;
import dev.chatdesk.core.store.ConversationQuery;
import dev.chatdesk.core.store.ListedConversation;
import dev.chatdesk.core.store.PageCursor;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists and counts conversations for a {@link ConversationQuery}: its words through the search
 * index, its filters and the cursor as conditions on {@code conversations}, newest activity first
 * on the index of {@code (updated_at, id)}.
 */
final class ConversationSearch {
    private static final String LAST_MESSAGE = """
            LEFT JOIN messages m ON m.conversation_id = c.id
                 AND m.seq = (SELECT max(x.seq) FROM messages x WHERE x.conversation_id = c.id)
            """;

    private final RecordCipher cipher;
    private final Tables tables;

    ConversationSearch(RecordCipher cipher, Tables tables) {
        this.cipher = cipher;
        this.tables = tables;
    }

    /**
     * A page of the query's conversations: their ids chosen first (the filters, the order and the
     * limit on {@code conversations} alone), then read whole with their customers, agents and last messages.
     */
    ConversationPage page(Connection connection, ConversationQuery query) throws SQLException {
        Conditions where = conditions(query);
        if (query.after() != null) {
            PageCursor after = query.after();
            where.add("(c.updated_at < ? OR (c.updated_at = ? AND c.id < ?))", after.activeAt(), after.activeAt(),
                    after.conversationId());
        }
        where.parameters.add(query.limit() + 1);
        String conversations = query.terms().isEmpty() ? "conversations c" : tables.search().conversationsForWords();
        String page = "SELECT c.id FROM " + conversations + where.sql() + " ORDER BY "
                + tables.search().newestFirst(query.terms()) + " LIMIT ?";
        List<ListedConversation> found = Sql.list(connection, "SELECT " + ConversationTable.COLUMNS
                + ", m.text AS last_text, m.key_id AS last_key_id, m.role AS last_role "
                + ConversationTable.joined("(" + page + ") page JOIN conversations c ON c.id = page.id")
                + LAST_MESSAGE + " ORDER BY c.updated_at DESC, c.id DESC",
                row -> {
                    String role = row.getString("last_role");
                    return new ListedConversation(tables.conversations().conversation(row),
                            cipher.open(row.getString("last_key_id"), row.getString("last_text"), MessageTable.TEXT),
                            role == null ? null : Role.fromWireName(role));
                }, where.parameters.toArray());
        if (found.size() <= query.limit()) {
            return new ConversationPage(found, null);
        }
        List<ListedConversation> shown = found.subList(0, query.limit());
        ListedConversation last = shown.getLast();
        return new ConversationPage(shown, new PageCursor(last.conversation().updatedAt(), last.conversation().id()));
    }

    /** How many conversations the query finds. */
    long count(Connection connection, ConversationQuery query) throws SQLException {
        Conditions where = conditions(query);
        return Sql.first(connection, "SELECT count(*) FROM conversations c" + where.sql(), row -> row.getLong(1),
                where.parameters.toArray()).orElseThrow();
    }

    private Conditions conditions(ConversationQuery query) {
        Conditions where = new Conditions();
        for (String term : query.terms()) {
            where.add(tables.search().hasTerm(), tables.search().termParameter(term));
        }
        if (!query.statuses().isEmpty()) {
            where.add("c.status IN (" + ConversationTable.placeholders(query.statuses().size()) + ")",
                    query.statuses().stream().map(ConversationStatus::wireName).toArray());
        }
        if (query.channel() != null) {
            where.add("c.channel = ?", query.channel());
        }
        if (query.assignee() != null) {
            where.add("c.assignee = ?", query.assignee());
        }
        if (query.activeFrom() != null) {
            where.add("c.updated_at >= ?", query.activeFrom());
        }
        if (query.activeTo() != null) {
            where.add("c.updated_at < ?", query.activeTo());
        }
        if (query.reason() != null) {
            where.add("EXISTS (SELECT 1 FROM escalations e WHERE e.conversation_id = c.id AND e.reason = ?)",
                    query.reason().wireName());
        }
        if (query.visibleTo() != null) {
            where.add("(c.status = 'waiting_for_agent' OR EXISTS (SELECT 1 FROM conversation_agents g "
                    + "WHERE g.conversation_id = c.id AND g.username = ?))", query.visibleTo());
        }
        return where;
    }

    /** A WHERE clause being built: conditions joined by AND, with their parameters in order. */
    private static final class Conditions {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        void add(String condition, Object... values) {
            conditions.add(condition);
            parameters.addAll(List.of(values));
        }

        String sql() {
            return conditions.isEmpty() ? " " : " WHERE " + String.join(" AND ", conditions);
        }
    }
}
