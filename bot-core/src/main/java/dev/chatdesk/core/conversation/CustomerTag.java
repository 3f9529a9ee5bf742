package dev.chatdesk.core.conversation;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A tag the team put on a customer ({@code vip}, {@code 批发客户}).
 *
 * @param tag the tag: 1 to 32 letters, digits, spaces, - and _
 * @param addedBy the agent who added it
 * @param addedAt when
 */
public record CustomerTag(String tag, String addedBy, Instant addedAt) {
    /** What a tag may be. */
    public static final Pattern FORM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,31}");
}
