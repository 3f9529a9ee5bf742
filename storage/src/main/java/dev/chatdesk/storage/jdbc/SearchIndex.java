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
 * The conversation search index ({@code search_documents}): a document of search terms for each
 * searched message and for each conversation's customer, each term stored as the cipher's search
 * token (a keyed hash under encryption). The full-text engine finds the documents with a term.
 */
final class SearchIndex {
    private final RecordCipher cipher;
    private final FullTextEngine engine;

    SearchIndex(RecordCipher cipher, FullTextEngine engine) {
        this.cipher = cipher;
        this.engine = engine;
    }

    /** Indexes a message's text as stored (masked where the store masks), if messages of its role are searched. */
    void addMessage(Connection connection, String conversationId, Role role, String storedText) throws SQLException {
        if (SearchTerms.searches(role)) {
            add(connection, conversationId, SearchTerms.of(storedText));
        }
    }

    /** Indexes the customer's name and e-mail address for a conversation. */
    void addCustomer(Connection connection, Conversation conversation) throws SQLException {
        List<String> terms = new ArrayList<>(SearchTerms.of(conversation.customer().name()));
        terms.addAll(SearchTerms.of(conversation.customer().email()));
        add(connection, conversation.id(), terms);
    }

    private void add(Connection connection, String conversationId, List<String> terms) throws SQLException {
        if (terms.isEmpty()) {
            return;
        }
        String tokens = String.join(" ", terms.stream().map(cipher::searchToken).toList());
        switch (engine) {
            case FTS5 -> {
                long id = Sql.first(connection, "INSERT INTO search_documents(conversation_id, key_id) VALUES (?, ?) RETURNING id",
                        row -> row.getLong(1), conversationId, cipher.keyId()).orElseThrow();
                Sql.update(connection, "INSERT INTO search_terms(rowid, terms) VALUES (?, ?)", id, tokens);
            }
            case TSVECTOR -> Sql.update(connection, """
                    INSERT INTO search_documents(conversation_id, key_id, terms)
                    VALUES (?, ?, array_to_tsvector(string_to_array(?, ' ')))
                    """, conversationId, cipher.keyId(), tokens);
        }
    }

    /** Deletes every document of a conversation. */
    void erase(Connection connection, String conversationId) throws SQLException {
        if (engine == FullTextEngine.FTS5) {
            Sql.update(connection, "DELETE FROM search_terms WHERE rowid IN (SELECT id FROM search_documents WHERE conversation_id = ?)",
                    conversationId);
        }
        Sql.update(connection, "DELETE FROM search_documents WHERE conversation_id = ?", conversationId);
    }

    /** Makes a conversation's documents again, under the active key, from its messages as read from the store. */
    void rebuild(Connection connection, Conversation conversation, List<Message> stored) throws SQLException {
        erase(connection, conversation.id());
        addCustomer(connection, conversation);
        for (Message message : stored) {
            addMessage(connection, conversation.id(), message.role(), message.text());
        }
    }

    /**
     * A condition that a conversation ({@code c.id}) has a document with the term, in any of the
     * forms it may be stored in; its parameter is {@link #termParameter}'s.
     */
    String hasTerm() {
        return switch (engine) {
            case FTS5 -> "c.id IN (SELECT d.conversation_id FROM search_documents d WHERE d.id IN "
                    + "(SELECT rowid FROM search_terms WHERE search_terms MATCH ?))";
            case TSVECTOR -> "c.id IN (SELECT d.conversation_id FROM search_documents d WHERE d.terms @@ ?::tsquery)";
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
}
