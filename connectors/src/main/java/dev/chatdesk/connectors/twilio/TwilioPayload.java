package dev.chatdesk.connectors.twilio;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.platform.InboundKind;
import dev.chatdesk.connectors.platform.InboundMessage;
import dev.chatdesk.connectors.platform.WebhookDelivery;
import dev.chatdesk.core.conversation.Customer;
import java.util.Map;

/**
 * Maps an incoming-message webhook's form fields to the customer's message: {@code Body} is the
 * text; a message with media ({@code NumMedia} above 0) and no text is unsupported. Its
 * {@code MessageSid} identifies retries; the sender's number ({@code From}) is the address.
 */
final class TwilioPayload {
    private TwilioPayload() {}

    /** The message of a delivery's fields; a delivery without a body or media (such as a status callback) is ignored. */
    static WebhookDelivery read(Map<String, String> fields) {
        String sid = required(fields, "MessageSid");
        String from = required(fields, "From");
        Customer customer = new Customer(from, null, null);
        String body = fields.getOrDefault("Body", "");
        if (!body.isBlank()) {
            return WebhookDelivery.of(InboundMessage.text(sid, from, customer, body));
        }
        return media(fields) > 0 ? WebhookDelivery.of(InboundMessage.of(InboundKind.UNSUPPORTED, sid, from, customer)) : WebhookDelivery.NOTHING;
    }

    private static int media(Map<String, String> fields) {
        String count = fields.getOrDefault("NumMedia", "0");
        try {
            return Integer.parseInt(count.strip());
        } catch (NumberFormatException e) {
            throw ApiError.invalid("'NumMedia' must be a whole number.");
        }
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw ApiError.invalid("'" + name + "' is required.");
        }
        return value;
    }
}
