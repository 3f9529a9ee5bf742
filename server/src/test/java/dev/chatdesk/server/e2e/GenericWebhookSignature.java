package dev.chatdesk.server.e2e;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The signature of a generic-webhook delivery, as the README tells integrators to compute it. */
final class GenericWebhookSignature {
    private GenericWebhookSignature() {}

    /** {@code sha256=} and the hex HMAC-SHA256 of the body under the shared secret. */
    static String of(String secret, byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }
}
