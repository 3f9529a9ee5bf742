package dev.chatdesk.connectors.platform;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How a platform says "too many requests, try later": 429 and 5xx always do; some platforms also
 * use other answers (Meta's Graph API: a 400 with a rate-limit error code).
 *
 * @param alsoThrottled which other non-2xx answers ask to try again later
 * @param retryAfter how long an answer asks to wait (null when it does not say)
 */
public record Throttling(Predicate<HttpResponse<Buffer>> alsoThrottled, Function<HttpResponse<Buffer>, Duration> retryAfter) {
    /** Only 429 and 5xx, waiting as the Retry-After header says. */
    public static final Throttling STANDARD = new Throttling(response -> false, RetryAfter::fromHeader);

    /** Whether a non-2xx answer asks to try again later. */
    boolean throttled(HttpResponse<Buffer> response) {
        return response.statusCode() == 429 || response.statusCode() >= 500 || alsoThrottled.test(response);
    }
}
