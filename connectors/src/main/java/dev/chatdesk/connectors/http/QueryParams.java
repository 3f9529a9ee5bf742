package dev.chatdesk.connectors.http;

import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Optional query parameters read strictly: a value that is there but malformed is a 400, never ignored. */
public final class QueryParams {
    private QueryParams() {}

    /** The whole number {@code name} from {@code min} to {@code max}, or {@code absent} when it is not given. */
    public static long optionalLong(RoutingContext ctx, String name, long min, long max, long absent) {
        String value = ctx.request().getParam(name);
        if (value == null) {
            return absent;
        }
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, as a number out of range is
        }
        throw ApiError.invalid("'" + name + "' must be a whole number from " + min
                + (max == Long.MAX_VALUE ? " up" : " to " + max) + ", was '" + value + "'.");
    }

    /** The time {@code name} in ISO-8601 ({@code 2026-12-06T10:15:30Z}), or null when it is not given. */
    public static Instant optionalInstant(RoutingContext ctx, String name) {
        String value = ctx.request().getParam(name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.invalid("'" + name + "' must be a time such as 2026-12-06T10:15:30Z, was '" + value + "'.");
        }
    }

    /**
     * The time {@code name} (ISO-8601) or day ({@code 2026-12-06}, UTC): from its start, or, for the
     * end of a range, through its end; null when it is not given.
     */
    public static Instant optionalDayOrTime(RoutingContext ctx, String name, boolean end) {
        String value = ctx.request().getParam(name);
        if (value == null || value.isBlank() || value.contains("T")) {
            return optionalInstant(ctx, name);
        }
        try {
            Instant start = LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            return end ? start.plus(Duration.ofDays(1)) : start;
        } catch (DateTimeParseException e) {
            throw ApiError.invalid("'" + name + "' must be a day such as 2026-12-06 or a time such as 2026-12-06T10:15:30Z,"
                    + " was '" + value + "'.");
        }
    }
}
