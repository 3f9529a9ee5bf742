package dev.chatdesk.server.demo;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads order numbers the way customers type them: {@code NW-482913}, {@code nw482913}, {@code NW 482913} or {@code 482913}. */
final class OrderNumbers {
    private static final Pattern NUMBER = Pattern.compile("(?i)\\s*(?:NW[-\\s]?)?(\\d{6})\\s*");

    private OrderNumbers() {}

    /** The number in its canonical form {@code NW-482913}, if the text is one. */
    static Optional<String> normalise(String text) {
        Matcher m = NUMBER.matcher(text == null ? "" : text);
        return m.matches() ? Optional.of("NW-" + m.group(1)) : Optional.empty();
    }
}
