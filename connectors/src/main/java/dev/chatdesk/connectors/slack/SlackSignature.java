package dev.chatdesk.connectors.slack;

import dev.chatdesk.connectors.platform.Signatures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Slack's request signature (version 0): {@code X-Slack-Signature} is {@code v0=} and the hex
 * HMAC-SHA256, under the app's signing secret, of {@code v0:<X-Slack-Request-Timestamp>:<raw body>};
 * a timestamp more than five minutes from now is refused, so a captured request cannot be replayed.
 */
final class SlackSignature {
    static final String SIGNATURE_HEADER = "X-Slack-Signature";
    static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private SlackSignature() {}

    /** The signature of a body sent at a timestamp (seconds since the epoch, as the header has it). */
    static String sign(String signingSecret, String timestamp, byte[] body) {
        ByteArrayOutputStream base = new ByteArrayOutputStream();
        base.writeBytes(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
        base.writeBytes(body);
        return "v0=" + Signatures.hmacSha256Hex(signingSecret, base.toByteArray());
    }

    /** Whether the headers (null when absent) sign the body, at a timestamp within five minutes of {@code now}. */
    static boolean verify(String signingSecret, String timestamp, String signature, byte[] body, Instant now) {
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), now).abs();
        return age.compareTo(TOLERANCE) <= 0 && Signatures.matches(signature, sign(signingSecret, timestamp, body));
    }
}
