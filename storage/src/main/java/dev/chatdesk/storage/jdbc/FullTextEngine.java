package dev.chatdesk.storage.jdbc;

/** The full-text index a database keeps the conversation search in. */
public enum FullTextEngine {
    /** SQLite's FTS5, in a contentless table beside the documents. */
    FTS5,
    /** PostgreSQL's tsvector with a GIN index, in the documents' own rows. */
    TSVECTOR
}
