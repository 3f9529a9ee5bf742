package dev.chatdesk.connectors.platform;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The input side of a messaging platform: checks that a delivery comes from the platform and maps
 * its payload to {@link InboundMessage}s. {@link PlatformWebhooks} calls {@link #verify} and
 * {@link #read} on the event loop, so neither may block. Implementations are thread-safe.
 */
public interface PlatformWebhook {
    /**
     * Fails with a 401 {@link dev.chatdesk.connectors.http.ApiError} unless the request carries the
     * platform's valid signature or secret. Nothing is read before this passes.
     */
    void verify(RoutingContext ctx);

    /** The verified delivery's messages; a malformed payload fails with a 400 {@link dev.chatdesk.connectors.http.ApiError}. */
    WebhookDelivery read(RoutingContext ctx);

    /**
     * Called once a new delivery's message is acknowledged, before it is processed: the place to
     * acknowledge a button press on platforms that want it (Telegram's answerCallbackQuery).
     */
    default void accepted(InboundMessage message) {}

    /** Mounts further routes the platform needs on the webhook's path, such as a GET verify-token handshake. */
    default void mountHandshake(Router router, String path) {}

    /** The request's raw body, exactly as signed (empty when there is none). */
    static byte[] rawBody(RoutingContext ctx) {
        Buffer body = ctx.body().buffer();
        return body == null ? new byte[0] : body.getBytes();
    }
}
