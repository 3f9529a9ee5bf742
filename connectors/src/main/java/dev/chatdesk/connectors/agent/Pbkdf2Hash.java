package dev.chatdesk.connectors.agent;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The PBKDF2-HMAC-SHA256 hashes stored before Argon2id, {@code pbkdf2-sha256$iterations$salt$hash}:
 * still verified so that their accounts can log in (and be rehashed), never made any more.
 */
final class Pbkdf2Hash {
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final Pattern FORMAT =
            Pattern.compile("pbkdf2-sha256\\$([0-9]{1,9})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    private Pbkdf2Hash() {}

    /** Whether the stored string is a well-formed PBKDF2 hash of the password, compared in constant time. */
    static boolean matches(String password, String stored) {
        Matcher parts = FORMAT.matcher(stored);
        if (!parts.matches()) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts.group(1));
            byte[] salt = Base64.getDecoder().decode(parts.group(2));
            byte[] expected = Base64.getDecoder().decode(parts.group(3));
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }
}
