package dev.chatdesk.connectors.platform;

import java.util.Locale;

/**
 * The {@code sha256=<hex HMAC-SHA256 of the raw body>} signature header: Chatdesk's generic webhook
 * ({@code X-Chatdesk-Signature}) in both directions, and Meta's {@code X-Hub-Signature-256}.
 */
public final class Sha256BodySignature {
    private static final String PREFIX = "sha256=";

    private Sha256BodySignature() {}

    /** The header value that signs {@code body} with {@code secret}. */
    public static String sign(String secret, byte[] body) {
        return PREFIX + Signatures.hmacSha256Hex(secret, body);
    }

    /** Whether {@code header} (null when absent) signs {@code body} with {@code secret}; hex case is ignored. */
    public static boolean verify(String secret, byte[] body, String header) {
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        String presented = PREFIX + header.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
        return Signatures.matches(presented, sign(secret, body));
    }
}
