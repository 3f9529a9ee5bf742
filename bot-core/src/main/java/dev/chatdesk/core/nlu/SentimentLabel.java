package dev.chatdesk.core.nlu;

import dev.chatdesk.core.WireEnum;

/** The polarity of a message. */
public enum SentimentLabel implements WireEnum {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    /** The label for its API name, case-insensitive. */
    public static SentimentLabel fromWireName(String name) {
        return WireEnum.parse(SentimentLabel.class, name);
    }
}
