package dev.chatdesk.connectors.generic;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.Fields;
import dev.chatdesk.connectors.http.JsonRequests;
import dev.chatdesk.connectors.platform.InboundMessage;
import dev.chatdesk.connectors.platform.PlatformWebhook;
import dev.chatdesk.connectors.platform.Sha256BodySignature;
import dev.chatdesk.connectors.platform.WebhookDelivery;
import dev.chatdesk.core.conversation.Customer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the generic webhook's messages: {@code {"deliveryId", "userId", "chatId"?, "name"?, "email"?}}
 * with either {@code "text"} (the user's words) or {@code "payload"} (a pressed quick reply's payload),
 * signed with {@code X-Chatdesk-Signature}. The gateway that signs vouches for the user: an e-mail
 * address it gives links the user to the same verified customer on other channels.
 */
final class GenericWebhook implements PlatformWebhook {
    static final String SIGNATURE_HEADER = "X-Chatdesk-Signature";
    private static final int MAX_ID = 256;

    private final String secret;

    GenericWebhook(String secret) {
        this.secret = secret;
    }

    @Override
    public void verify(RoutingContext ctx) {
        if (!Sha256BodySignature.verify(secret, PlatformWebhook.rawBody(ctx), ctx.request().getHeader(SIGNATURE_HEADER))) {
            throw ApiError.unauthorized("The X-Chatdesk-Signature header is missing or does not sign this body.");
        }
    }

    @Override
    public WebhookDelivery read(RoutingContext ctx) {
        JsonObject body = JsonRequests.body(ctx, false);
        String deliveryId = Fields.requiredString(body, "deliveryId", MAX_ID);
        String userId = Fields.requiredString(body, "userId", MAX_ID);
        String chatId = Fields.optionalString(body, "chatId", MAX_ID);
        Customer customer = new Customer(userId, Fields.optionalString(body, "name", 200), Fields.optionalString(body, "email", 320));
        String address = GenericAddress.of(userId, chatId);
        boolean hasText = body.getValue("text") != null;
        if (hasText == (body.getValue("payload") != null)) {
            throw ApiError.invalid("Send exactly one of 'text' and 'payload'.");
        }
        return WebhookDelivery.of(hasText
                ? InboundMessage.text(deliveryId, address, customer, Fields.requiredString(body, "text", Integer.MAX_VALUE))
                : InboundMessage.button(deliveryId, address, customer, Fields.requiredString(body, "payload", MAX_ID), null));
    }
}
