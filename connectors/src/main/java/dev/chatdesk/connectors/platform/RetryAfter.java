package dev.chatdesk.connectors.platform;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads how long a platform asks to wait before the next call: the {@code Retry-After} header. */
public final class RetryAfter {
    private RetryAfter() {}

    /** The wait of the response's {@code Retry-After} header (seconds or an HTTP date), or null without a valid one. */
    public static Duration fromHeader(HttpResponse<Buffer> response) {
        return parse(response.getHeader("Retry-After"), Instant.now());
    }

    /** The wait a {@code Retry-After} value asks for at {@code now}, or null when it is absent or invalid. */
    static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.chars().allMatch(Character::isDigit)) {
            return text.length() > 9 ? null : Duration.ofSeconds(Long.parseLong(text));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
