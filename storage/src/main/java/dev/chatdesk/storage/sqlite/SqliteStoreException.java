package dev.chatdesk.storage.sqlite;

/**
 * The SQLite database failed (an I/O error, a full disk, a file that is not a database); the
 * operation that threw it changed nothing.
 */
public final class SqliteStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SqliteStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
