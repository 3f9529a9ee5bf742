package dev.chatdesk.core.service;

/** A conversation id that names no conversation. */
public final class ConversationNotFoundException extends RuntimeException {
    /** For the unknown id. */
    public ConversationNotFoundException(String conversationId) {
        super("there is no conversation " + conversationId);
    }
}
