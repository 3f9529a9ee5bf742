package dev.chatdesk.server.e2e;

import dev.chatdesk.server.testing.FakePlatform;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio SMS as the tests play it: incoming-message webhooks with the parameters Twilio's Messaging
 * docs list, signed as its security docs say, and the fake REST API's {@code Messages.json} calls.
 */
final class TwilioPlatform implements PlatformUnderTest {
    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "twilio-auth-token";
    static final String FROM_NUMBER = "+15005550006";
    /** The webhook's URL as Twilio calls it, through a proxy in front of Chatdesk: the signature covers it, not Chatdesk's own address. */
    static final String PUBLIC_URL = "https://chat.example.com/webhooks/twilio";

    private final FakePlatform api = FakePlatform.start(new FakePlatform.Answer(201, Map.of(),
            "{\"account_sid\":\"" + ACCOUNT_SID + "\",\"sid\":\"SMaaaabbbbccccddddeeeeffff00001111\",\"status\":\"queued\"}"));

    @Override
    public FakePlatform api() {
        return api;
    }

    @Override
    public Map<String, String> environment() {
        return Map.of(
                "CHATDESK_CONNECTORS_TWILIO_ACCOUNT_SID", ACCOUNT_SID,
                "CHATDESK_CONNECTORS_TWILIO_AUTH_TOKEN", AUTH_TOKEN,
                "CHATDESK_CONNECTORS_TWILIO_FROM_NUMBER", FROM_NUMBER,
                "CHATDESK_CONNECTORS_TWILIO_PUBLIC_URL", PUBLIC_URL,
                "CHATDESK_CONNECTORS_TWILIO_API_BASE", api.baseUrl());
    }

    @Override
    public String webhookPath() {
        return "/webhooks/twilio";
    }

    @Override
    public String newUser() {
        return "+1415" + PlatformUnderTest.newId();
    }

    @Override
    public Delivery text(String user, String text) {
        return form(incoming(user, text, 0));
    }

    /** A picture message without text. */
    Delivery picture(String user) {
        Map<String, String> fields = incoming(user, "", 1);
        fields.put("MediaContentType0", "image/jpeg");
        fields.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/MM0123/Media/ME0123");
        return form(fields);
    }

    @Override
    public String signatureHeader() {
        return "X-Twilio-Signature";
    }

    /** Base64 HMAC-SHA1 under the auth token of the URL and every parameter's name and value, sorted by name. */
    @Override
    public String signature(Delivery delivery) {
        StringBuilder data = new StringBuilder(PUBLIC_URL);
        new TreeMap<>(FakePlatform.formFields(new String(delivery.body(), StandardCharsets.UTF_8)))
                .forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public boolean isMessageTo(FakePlatform.ApiCall call, String user) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
        return call.path().equals("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json")
                && basic.equals(call.headers().get("authorization"))
                && user.equals(call.form().get("To"))
                && FROM_NUMBER.equals(call.form().get("From"));
    }

    @Override
    public String text(FakePlatform.ApiCall call) {
        return call.form().get("Body");
    }

    /** Twilio's "Too Many Requests" (error 20429). */
    @Override
    public FakePlatform.Answer tooManyRequests(int seconds) {
        return new FakePlatform.Answer(429, Map.of("Retry-After", Integer.toString(seconds)),
                "{\"code\":20429,\"message\":\"Too Many Requests\",\"more_info\":\"https://www.twilio.com/docs/errors/20429\",\"status\":429}");
    }

    private static Map<String, String> incoming(String user, String body, int media) {
        String sid = "SM" + String.format("%032d", PlatformUnderTest.newId());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ToCountry", "US");
        fields.put("ToState", "CA");
        fields.put("SmsMessageSid", sid);
        fields.put("NumMedia", Integer.toString(media));
        fields.put("ToCity", "SAN BRUNO");
        fields.put("FromZip", "94030");
        fields.put("SmsSid", sid);
        fields.put("FromState", "CA");
        fields.put("SmsStatus", "received");
        fields.put("FromCity", "SAN FRANCISCO");
        fields.put("Body", body);
        fields.put("FromCountry", "US");
        fields.put("To", FROM_NUMBER);
        fields.put("ToZip", "94030");
        fields.put("NumSegments", "1");
        fields.put("MessageSid", sid);
        fields.put("AccountSid", ACCOUNT_SID);
        fields.put("From", user);
        fields.put("ApiVersion", "2010-04-01");
        return fields;
    }

    private static Delivery form(Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return new Delivery("application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
