package dev.chatdesk.storage.crypto;

/** A stored record cannot be decrypted: its key is missing or wrong, or the data was altered. */
public final class UndecryptableRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UndecryptableRecordException(String message) {
        super(message);
    }
}
