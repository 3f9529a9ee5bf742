package dev.chatdesk.server.config;

/** Which storage back end the server uses. */
public enum StoreType {
    /** The embedded store: one SQLite file, no server needed. */
    SQLITE,
    /** A PostgreSQL database, which several nodes can share. */
    POSTGRES
}
