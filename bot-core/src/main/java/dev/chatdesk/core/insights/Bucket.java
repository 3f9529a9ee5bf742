package dev.chatdesk.core.insights;

import dev.chatdesk.core.WireEnum;
import java.time.Duration;

/** How a range's series are cut: by hour or by day (UTC). */
public enum Bucket implements WireEnum {
    HOUR(Duration.ofHours(1)),
    DAY(Duration.ofDays(1));

    private final Duration length;

    Bucket(Duration length) {
        this.length = length;
    }

    /** How long one bucket is. */
    public Duration length() {
        return length;
    }

    /** The bucket for its API name. */
    public static Bucket fromWireName(String name) {
        return WireEnum.parse(Bucket.class, name);
    }
}
