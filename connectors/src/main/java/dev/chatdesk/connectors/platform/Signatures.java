package dev.chatdesk.connectors.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC signatures and secret comparisons that do not leak, through their timing, how much matched. */
public final class Signatures {
    private Signatures() {}

    /** The lower-case hex HMAC-SHA256 of {@code data} under {@code key} (the key's UTF-8 bytes). */
    public static String hmacSha256Hex(String key, byte[] data) {
        return HexFormat.of().formatHex(hmac("HmacSHA256", key, data));
    }

    /** The raw HMAC of {@code data} under {@code key} (its UTF-8 bytes) with a JDK algorithm such as {@code HmacSHA1}. */
    public static byte[] hmac(String algorithm, String key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }

    /** Whether a presented value equals the expected one, in time that depends only on their lengths; null never matches. */
    public static boolean matches(String presented, String expected) {
        if (presented == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
