package dev.chatdesk.core.nlu;

/** The model's queue is full: the caller should retry later (HTTP 429 for a client). */
public final class NluOverloadedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An overload with a message saying how much was queued. */
    public NluOverloadedException(String message) {
        super(message);
    }
}
