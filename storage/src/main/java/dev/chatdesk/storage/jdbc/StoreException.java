package dev.chatdesk.storage.jdbc;

/**
 * The database failed (an I/O error, a full disk, a file that is not a database, a server that
 * cannot be reached); the operation that threw it changed nothing.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The failure, described, with what the driver threw. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
