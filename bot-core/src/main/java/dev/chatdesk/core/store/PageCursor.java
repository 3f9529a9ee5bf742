package dev.chatdesk.core.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Where a page of conversations, listed newest activity first, ended: its last conversation's last
 * activity and id. Its text form is what an API hands out as the next page's cursor.
 *
 * @param activeAt the last activity of the page's last conversation
 * @param conversationId that conversation's id
 */
public record PageCursor(Instant activeAt, String conversationId) {
    /** Checks both parts are there. */
    public PageCursor {
        requireNonNull(activeAt, "activeAt");
        requireNonNull(conversationId, "conversationId");
    }

    /**
     * The cursor written by {@link #toString}.
     *
     * @throws IllegalArgumentException when the text is not one
     */
    public static PageCursor parse(String text) {
        int dot = text.indexOf('.');
        if (dot < 1 || dot == text.length() - 1) {
            throw new IllegalArgumentException("not a page cursor: " + text);
        }
        try {
            return new PageCursor(Instant.ofEpochMilli(Long.parseLong(text.substring(0, dot))), text.substring(dot + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a page cursor: " + text, e);
        }
    }

    @Override
    public String toString() {
        return activeAt.toEpochMilli() + "." + conversationId;
    }
}
