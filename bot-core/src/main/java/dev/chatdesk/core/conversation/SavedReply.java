package dev.chatdesk.core.conversation;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A reply the team keeps for questions that come again (a canned response): agents insert it by
 * typing {@code /} and its shortcut in the reply box; {@code {customer.firstName}},
 * {@code {customer.name}}, {@code {order_number}} and {@code {agent.name}} are filled in there.
 *
 * @param shortcut how agents call it: lower-case letters, digits, - and _, at most 32
 * @param text what it says
 * @param updatedBy the admin who wrote it last
 * @param updatedAt when
 */
public record SavedReply(String shortcut, String text, String updatedBy, Instant updatedAt) {
    /** What a shortcut may be. */
    public static final Pattern SHORTCUT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    /** The longest text. */
    public static final int MAX_TEXT_CHARS = 2000;

    /** Checks the shortcut and the text. */
    public SavedReply {
        if (shortcut == null || !SHORTCUT.matcher(shortcut).matches()) {
            throw new IllegalArgumentException("a shortcut is 1 to 32 lower-case letters, digits, - and _, starting with a letter"
                    + " or digit; was " + shortcut);
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("a saved reply has 1 to " + MAX_TEXT_CHARS + " characters");
        }
    }
}
