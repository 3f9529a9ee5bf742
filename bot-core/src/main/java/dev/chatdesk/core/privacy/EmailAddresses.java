package dev.chatdesk.core.privacy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses in free text, found in time linear in the text's length (possessive,
 * bounded parts: a long run of word characters with no {@code @} cannot make it backtrack).
 */
public final class EmailAddresses {
    /** An address with its parts' usual length limits, not glued to more address characters. */
    static final String PATTERN = "(?<![\\w.+-])[\\w.+-]{1,64}+@[\\w-]{1,63}+(?:\\.[\\w-]{1,63}+){1,8}+(?![\\w-])";
    private static final Pattern ADDRESS = Pattern.compile(PATTERN);

    private EmailAddresses() {}

    /** The first e-mail address in the text. */
    public static Optional<String> first(String text) {
        Matcher address = ADDRESS.matcher(text);
        return address.find() ? Optional.of(address.group()) : Optional.empty();
    }
}
