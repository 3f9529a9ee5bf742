package dev.chatdesk.connectors.platform;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Set;

/**
 * Meta's Graph API (WhatsApp, Messenger) reports most throttling as an error with a rate-limit
 * code, often with HTTP 400 rather than 429: those answers are retried too.
 */
public final class GraphApiThrottling {
    /**
     * The Graph API's rate-limit codes: application (4), user (17), page (32), call-rate (613),
     * business use case (80001, 80006, 80007), WhatsApp throughput (130429) and pair rate (131056).
     */
    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 17, 32, 613, 80001, 80006, 80007, 130429, 131056);

    /** The Graph API's throttling. */
    public static final Throttling THROTTLING = new Throttling(GraphApiThrottling::rateLimited, RetryAfter::fromHeader);

    private GraphApiThrottling() {}

    static boolean rateLimited(HttpResponse<Buffer> response) {
        try {
            JsonObject error = response.body() == null ? null : response.bodyAsJsonObject().getJsonObject("error");
            return error != null && RATE_LIMIT_CODES.contains(error.getInteger("code"));
        } catch (DecodeException | ClassCastException e) {
            return false;
        }
    }
}
