package dev.chatdesk.server.config;

/** Which conversation store backend the server uses. */
public enum StoreType {
    /** The embedded store: one SQLite file, no server needed. */
    SQLITE
}
