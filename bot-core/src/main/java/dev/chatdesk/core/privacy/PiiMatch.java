package dev.chatdesk.core.privacy;

import java.util.Objects;

/**
 * Where a piece of personal data lies in a text.
 *
 * @param kind what it is
 * @param start the index of its first character
 * @param end the index after its last character
 */
public record PiiMatch(PiiKind kind, int start, int end) {
    public PiiMatch {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("not a range of a text: [" + start + ", " + end + ")");
        }
    }
}
