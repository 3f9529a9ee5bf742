/** The embedded default conversation store: SQLite in WAL mode through JDBC. */
package dev.chatdesk.storage.sqlite;
