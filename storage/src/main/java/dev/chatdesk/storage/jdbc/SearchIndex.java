package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.store.SearchTerms;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The conversation search index: the search terms of each searched message and of each
 * conversation's customer, each term stored as the cipher's search token (a keyed hash under
 * encryption). On SQLite, FTS5 holds a document per message and customer whose id is the
 * conversation's rowid times 2^24 plus the message's sequence number (0 for the customer), so a
 * match names its conversation without a lookup and a conversation's documents are one range. On
 * PostgreSQL, the terms are one tsvector on the conversation's own row, under a GIN index.
 */
final class SearchIndex {
    /** Messages after the 16,777,215th of a conversation are not indexed. */
    private static final int SEQ_BITS = 24;

    private final RecordCipher cipher;
    private final FullTextEngine engine;

    SearchIndex(RecordCipher cipher, FullTextEngine engine) {
        this.cipher = cipher;
        this.engine = engine;
    }

    /** Indexes a message's text as stored (masked where the store masks), if messages of its role are searched. */
    void addMessage(Connection connection, String conversationId, long seq, Role role, String storedText)
            throws SQLException {
        if (SearchTerms.searches(role) && seq < 1L << SEQ_BITS) {
            add(connection, documentId(rowid(connection, conversationId), seq), SearchTerms.of(storedText));
        }
    }

    /** Indexes a new conversation's customer (name and e-mail address). */
    void addCustomer(Connection connection, Conversation conversation) throws SQLException {
        List<String> terms = new ArrayList<>(SearchTerms.of(conversation.customer().name()));
        terms.addAll(SearchTerms.of(conversation.customer().email()));
        add(connection, documentId(rowid(connection, conversation.id()), 0), terms);
    }

    private void add(Connection connection, long documentId, List<String> terms) throws SQLException {
        if (terms.isEmpty()) {
            return;
        }
        String tokens = String.join(" ", terms.stream().map(cipher::searchToken).toList());
        switch (engine) {
            case FTS5 -> Sql.update(connection, "INSERT INTO search_terms(rowid, terms) VALUES (?, ?)", documentId, tokens);
            case TSVECTOR -> Sql.update(connection, "UPDATE conversations SET search_terms = "
                    + "coalesce(search_terms, ''::tsvector) || array_to_tsvector(string_to_array(?, ' ')) WHERE rowid = ?",
                    tokens, documentId >> SEQ_BITS);
        }
    }

    /** Deletes every term of a conversation (before the conversation itself is deleted). */
    void erase(Connection connection, String conversationId) throws SQLException {
        switch (engine) {
            case FTS5 -> {
                long first = documentId(rowid(connection, conversationId), 0);
                Sql.update(connection, "DELETE FROM search_terms WHERE rowid BETWEEN ? AND ?", first,
                        first + (1L << SEQ_BITS) - 1);
            }
            case TSVECTOR -> Sql.update(connection, "UPDATE conversations SET search_terms = NULL WHERE id = ?", conversationId);
        }
    }

    /**
     * After conversations were erased: on SQLite, merges the FTS5 index whole ({@code optimize}),
     * which otherwise keeps deleted terms in its segments until they merge, so that they leave the
     * file; PostgreSQL's rows go with the conversations.
     */
    void forgetErased(Connection connection) throws SQLException {
        if (engine == FullTextEngine.FTS5) {
            Sql.update(connection, "INSERT INTO search_terms(search_terms) VALUES ('optimize')");
        }
    }

    /** Makes a conversation's documents again, under the active key, from its messages as read from the store. */
    void rebuild(Connection connection, Conversation conversation, List<Message> stored) throws SQLException {
        erase(connection, conversation.id());
        addCustomer(connection, conversation);
        for (Message message : stored) {
            addMessage(connection, conversation.id(), message.seq(), message.role(), message.text());
        }
        Sql.update(connection, "UPDATE conversations SET search_key_id = ? WHERE id = ?", cipher.keyId(), conversation.id());
    }

    /**
     * A condition that a conversation ({@code c}) has a document with the term, in any of the
     * forms it may be stored in; its parameter is {@link #termParameter}'s.
     */
    String hasTerm() {
        return switch (engine) {
            case FTS5 -> "c.rowid IN (SELECT rowid >> " + SEQ_BITS + " FROM search_terms WHERE search_terms MATCH ?)";
            case TSVECTOR -> "c.search_terms @@ ?::tsquery";
        };
    }

    /** The parameter of {@link #hasTerm} for a term: its stored forms, any of which matches. */
    String termParameter(String term) {
        List<String> forms = cipher.searchTokens(term);
        return switch (engine) {
            case FTS5 -> String.join(" OR ", forms.stream().map(form -> "\"" + form + "\"").toList());
            case TSVECTOR -> String.join(" | ", forms.stream().map(form -> "'" + form + "'").toList());
        };
    }

    /**
     * How a search with words reads conversations: on SQLite, newest activity first along the index
     * that covers the filters, each checked against the matching documents (the planner would
     * otherwise sort every match of a common word); PostgreSQL's planner chooses well by itself.
     */
    String conversationsForWords() {
        return engine == FullTextEngine.FTS5 ? "conversations c INDEXED BY conversations_by_activity" : "conversations c";
    }

    /**
     * The order of a page of conversations found by these terms, newest activity first. PostgreSQL
     * estimates a term it has no statistics for at 0.5% of conversations, so it walks them newest
     * first checking each; but a term with a digit (an order number, an e-mail address, a phone
     * number) names a handful, and walking all of them is the slow way: for such, the order is
     * written so that no index gives it, and the planner reads the matches and sorts them.
     */
    String newestFirst(List<String> terms) {
        boolean rare = engine == FullTextEngine.TSVECTOR && terms.stream().anyMatch(term -> term.chars().anyMatch(Character::isDigit));
        return rare ? "c.updated_at + 0 DESC, c.id DESC" : "c.updated_at DESC, c.id DESC";
    }

    private static long rowid(Connection connection, String conversationId) throws SQLException {
        return Sql.first(connection, "SELECT rowid FROM conversations WHERE id = ?", row -> row.getLong(1), conversationId)
                .orElseThrow(() -> ConversationTable.unknown(conversationId));
    }

    private static long documentId(long conversationRowid, long seq) {
        return conversationRowid << SEQ_BITS | seq;
    }
}
