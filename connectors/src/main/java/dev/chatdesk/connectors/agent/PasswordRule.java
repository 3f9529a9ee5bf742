package dev.chatdesk.connectors.agent;

import dev.chatdesk.connectors.http.ApiError;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be, for every account, the first admin's included: at least {@value
 * #MIN_LENGTH} characters, not the username, not one character repeated, not one of the passwords
 * every guessing list starts with.
 */
public final class PasswordRule {
    static final int MIN_LENGTH = 10;
    private static final Set<String> WELL_KNOWN = Set.of(
            "1234567890", "12345678910", "123456789012", "0123456789", "9876543210", "qwertyuiop", "qwertyuiop123",
            "1q2w3e4r5t", "1qaz2wsx3edc", "password12", "password123", "password1234", "passw0rd123", "iloveyou123",
            "abcdefghij", "abcd123456", "administrator", "admin12345", "admin123456", "adminadmin", "changeme123",
            "letmein123", "welcome123", "welcome1234", "qwerty1234", "qwerty12345", "asdfghjkl1", "zaq12wsxcde",
            "chatdesk123", "supportdesk", "helpdesk123", "customerservice");

    private PasswordRule() {}

    /** Fails with 400 when the password breaks the rule, naming what is wrong. */
    public static void check(String username, String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.length() < MIN_LENGTH) {
            throw ApiError.invalid("The password must have at least " + MIN_LENGTH + " characters.");
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw ApiError.invalid("The password must not contain the username.");
        }
        if (password.chars().distinct().count() < 4) {
            throw ApiError.invalid("The password must not be a few characters repeated.");
        }
        if (WELL_KNOWN.contains(lower)) {
            throw ApiError.invalid("That password is one of the first every guesser tries; please choose another.");
        }
    }
}
