package dev.chatdesk.connectors.platform;

import dev.chatdesk.connectors.http.ApiError;
import io.vertx.core.json.JsonObject;

/**
 * Reads fields of a platform's JSON payload, refusing a wrong type with a 400 that names the field
 * by its path in the payload (such as {@code message.chat.id}).
 */
public final class Payloads {
    private Payloads() {}

    /** The object at {@code field}, or null when it is absent or null. */
    public static JsonObject optionalObject(JsonObject json, String field, String path) {
        Object value = json.getValue(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            throw ApiError.invalid("'" + name(path, field) + "' must be an object.");
        }
        return object;
    }

    /** The object at {@code field}, which must be there. */
    public static JsonObject requiredObject(JsonObject json, String field, String path) {
        JsonObject object = optionalObject(json, field, path);
        if (object == null) {
            throw ApiError.invalid("'" + name(path, field) + "' is required.");
        }
        return object;
    }

    /** The string at {@code field}, or null when it is absent or null. */
    public static String optionalString(JsonObject json, String field, String path) {
        Object value = json.getValue(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw ApiError.invalid("'" + name(path, field) + "' must be a string.");
        }
        return text;
    }

    /** The non-blank string at {@code field}, which must be there. */
    public static String requiredString(JsonObject json, String field, String path) {
        String text = optionalString(json, field, path);
        if (text == null || text.isBlank()) {
            throw ApiError.invalid("'" + name(path, field) + "' is required.");
        }
        return text;
    }

    /** An id that the platform sends as a whole number or a string, as text; it must be there. */
    public static String requiredId(JsonObject json, String field, String path) {
        Object value = json.getValue(field);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return Long.toString(number.longValue());
        }
        throw ApiError.invalid("'" + name(path, field) + "' must be a whole number or a string.");
    }

    private static String name(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
