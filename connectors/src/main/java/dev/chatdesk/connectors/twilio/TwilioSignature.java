package dev.chatdesk.connectors.twilio;

import dev.chatdesk.connectors.platform.Signatures;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Twilio's {@code X-Twilio-Signature}: the Base64 HMAC-SHA1, under the account's auth token, of the
 * webhook's URL exactly as Twilio calls it followed by every POST parameter's name and value, in
 * the order of the parameter names (a repeated name's values sorted too, as Twilio's own
 * libraries do).
 */
final class TwilioSignature {
    static final String HEADER = "X-Twilio-Signature";

    private TwilioSignature() {}

    /** The signature of a request to {@code url} with these form parameters. */
    static String sign(String authToken, String url, List<Map.Entry<String, String>> parameters) {
        StringBuilder data = new StringBuilder(url);
        parameters.stream()
                .sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                .forEach(parameter -> data.append(parameter.getKey()).append(parameter.getValue()));
        byte[] mac = Signatures.hmac("HmacSHA1", authToken, data.toString().getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac);
    }

    /** Whether {@code header} (null when absent) is the signature of this request. */
    static boolean verify(String authToken, String url, List<Map.Entry<String, String>> parameters, String header) {
        return Signatures.matches(header, sign(authToken, url, parameters));
    }
}
