package dev.chatdesk.core;

import java.util.Locale;

/** An enum the API and the store write in lower snake case, such as {@code waiting_for_agent}. */
public interface WireEnum {
    /** The constant's name in lower case: how the API and the store write it. */
    default String wireName() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    /** The constant of the given type whose wire name this is (case-insensitive, trimmed). */
    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String wireName) {
        return Enum.valueOf(type, wireName.trim().toUpperCase(Locale.ROOT));
    }
}
