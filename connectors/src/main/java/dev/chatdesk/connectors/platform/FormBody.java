package dev.chatdesk.connectors.platform;

import dev.chatdesk.connectors.http.ApiError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an {@code application/x-www-form-urlencoded} body, as Slack's interactivity and Twilio post it. */
public final class FormBody {
    private FormBody() {}

    /** The body's fields in order; a repeated name keeps its first value; malformed escapes are a 400. */
    public static Map<String, String> parse(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        pairs(body).forEach(field -> fields.putIfAbsent(field.getKey(), field.getValue()));
        return fields;
    }

    /** Every field of the body in order, repeated names included, as signatures over all fields need them; malformed escapes are a 400. */
    public static List<Map.Entry<String, String>> pairs(String body) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (body == null || body.isEmpty()) {
            return pairs;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            pairs.add(Map.entry(name, value));
        }
        return pairs;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid("The form body is not validly encoded.");
        }
    }
}
