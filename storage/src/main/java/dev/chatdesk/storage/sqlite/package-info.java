/** The embedded default storage: one SQLite file in WAL mode, its connections and its schema's migrations. */
package dev.chatdesk.storage.sqlite;
