package dev.chatdesk.core.nlu;

import java.util.Locale;

/** The polarity of a message. */
public enum SentimentLabel {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    /** The label as the API writes it: {@code negative}, {@code neutral} or {@code positive}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The label for its API name, case-insensitive. */
    public static SentimentLabel fromWireName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
