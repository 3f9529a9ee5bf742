package dev.chatdesk.core.service;

/** An action the conversation's current state does not allow, such as claiming one another agent has. */
public final class ConversationConflictException extends RuntimeException {
    private final String code;

    /** With a snake_case code for the API and one sentence for people. */
    public ConversationConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The error code, such as {@code already_claimed}. */
    public String code() {
        return code;
    }
}
