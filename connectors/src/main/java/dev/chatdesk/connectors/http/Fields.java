package dev.chatdesk.connectors.http;

import io.vertx.core.json.JsonObject;

/** Reads typed fields from a JSON body, refusing wrong types and sizes with a 400 that names the field. */
public final class Fields {
    private Fields() {}

    /** A string field that may be absent or null (then null). */
    public static String optionalString(JsonObject body, String field, int maxLength) {
        Object value = body.getValue(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw ApiError.invalid("'" + field + "' must be a string.");
        }
        if (text.length() > maxLength) {
            throw ApiError.invalid("'" + field + "' must be at most " + maxLength + " characters.");
        }
        return text;
    }

    /** A string field that must be present and not blank. */
    public static String requiredString(JsonObject body, String field, int maxLength) {
        String text = optionalString(body, field, maxLength);
        if (text == null || text.isBlank()) {
            throw ApiError.invalid("'" + field + "' is required.");
        }
        return text;
    }

    /** A message text: required, 1 to {@code maxChars} characters after trimming; returned trimmed. */
    public static String messageText(JsonObject body, String field, int maxChars) {
        Object value = body.getValue(field);
        if (value == null) {
            throw ApiError.invalid("'" + field + "' is required.");
        }
        if (!(value instanceof String text)) {
            throw ApiError.invalid("'" + field + "' must be a string.");
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw ApiError.invalid("'" + field + "' must not be empty.");
        }
        if (trimmed.length() > maxChars) {
            throw ApiError.invalid("'" + field + "' must be at most " + maxChars + " characters.");
        }
        return trimmed;
    }

    /** A whole-number field within bounds. */
    public static int requiredInt(JsonObject body, String field, int min, int max) {
        Object value = body.getValue(field);
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            throw ApiError.invalid("'" + field + "' must be a whole number from " + min + " to " + max + ".");
        }
        long n = number.longValue();
        if (n < min || n > max) {
            throw ApiError.invalid("'" + field + "' must be from " + min + " to " + max + ".");
        }
        return (int) n;
    }

    /** An object field that may be absent or null (then an empty object). */
    public static JsonObject optionalObject(JsonObject body, String field) {
        Object value = body.getValue(field);
        if (value == null) {
            return new JsonObject();
        }
        if (!(value instanceof JsonObject object)) {
            throw ApiError.invalid("'" + field + "' must be an object.");
        }
        return object;
    }
}
