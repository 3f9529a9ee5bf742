package dev.chatdesk.connectors.platform;

import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * What one verified webhook delivery holds.
 *
 * @param messages the user messages in it (none for deliveries we ignore, such as edits or our own messages)
 * @param answer the body to answer at once instead of the plain acknowledgement (a handshake such
 *     as Slack's url_verification challenge); null for the plain acknowledgement
 */
public record WebhookDelivery(List<InboundMessage> messages, JsonObject answer) {
    /** A delivery with nothing to process. */
    public static final WebhookDelivery NOTHING = new WebhookDelivery(List.of(), null);

    /** Copies the list. */
    public WebhookDelivery {
        messages = List.copyOf(messages);
    }

    /** A delivery of these messages. */
    public static WebhookDelivery of(InboundMessage... messages) {
        return new WebhookDelivery(List.of(messages), null);
    }

    /** A delivery answered at once with this body, nothing processed. */
    public static WebhookDelivery answer(JsonObject body) {
        return new WebhookDelivery(List.of(), body);
    }
}
