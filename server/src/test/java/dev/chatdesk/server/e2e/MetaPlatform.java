package dev.chatdesk.server.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.server.testing.ApiClient;
import dev.chatdesk.server.testing.FakePlatform;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What Meta's platforms (WhatsApp, Messenger) share in the tests: JSON deliveries signed with
 * {@code X-Hub-Signature-256} under the app secret, the verify-token handshake, and the Graph API's
 * answers.
 */
abstract class MetaPlatform implements PlatformUnderTest {
    static final String VERIFY_TOKEN = "meta-verify-token";

    private final FakePlatform api;
    private final String appSecret;

    /** A platform of the Meta app with this secret, whose Graph API answers a send with {@code sent}. */
    MetaPlatform(String appSecret, String sent) {
        this.appSecret = appSecret;
        this.api = FakePlatform.start(FakePlatform.Answer.ok(sent));
    }

    @Override
    public FakePlatform api() {
        return api;
    }

    @Override
    public String signatureHeader() {
        return "X-Hub-Signature-256";
    }

    /** The signature as Meta documents it: {@code sha256=} and the hex HMAC-SHA256 of the raw body under the app secret. */
    @Override
    public String signature(Delivery delivery) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(delivery.body()));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** A picture message from the user. */
    abstract Delivery image(String user);

    /** The Graph API's throttling answer. */
    @Override
    public FakePlatform.Answer tooManyRequests(int seconds) {
        return new FakePlatform.Answer(429, Map.of("Retry-After", Integer.toString(seconds)),
                "{\"error\":{\"message\":\"(#4) Application request limit reached\",\"type\":\"OAuthException\",\"code\":4}}");
    }

    /** A JSON delivery. */
    static Delivery json(JsonNode payload) {
        try {
            return new Delivery("application/json", ApiClient.JSON.writeValueAsBytes(payload));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** A new JSON object. */
    static ObjectNode object() {
        return ApiClient.object();
    }

    /** Meta's verification request: {@code GET <webhook>?hub.mode=...&hub.verify_token=...&hub.challenge=...}. */
    ApiClient.Response verification(ApiClient client, String mode, String token, String challenge) throws Exception {
        return client.get(webhookPath() + "?hub.mode=" + encode(mode) + "&hub.verify_token=" + encode(token)
                + "&hub.challenge=" + encode(challenge), null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
