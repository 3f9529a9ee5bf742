package dev.chatdesk.core.service;

/** An agent asked for a conversation that is not theirs to read or change. */
public final class ConversationForbiddenException extends RuntimeException {
    /** With one sentence for people. */
    public ConversationForbiddenException(String message) {
        super(message);
    }
}
