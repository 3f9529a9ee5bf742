package dev.chatdesk.server.config;

import java.nio.file.Path;

/**
 * Where conversations, messages and accounts are kept.
 *
 * @param type the backend
 * @param path the SQLite database file; never null once the configuration is loaded
 */
public record StoreConfig(
        @Key(defaultValue = "sqlite", doc = "Conversation store backend; sqlite is the only one so far.")
        StoreType type,
        @Key(derivedDefault = "chatdesk.db in dataDir", doc = "The SQLite database file.")
        Path path) {}
