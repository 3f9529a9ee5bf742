package dev.chatdesk.connectors.messenger;

import dev.chatdesk.connectors.platform.ChannelAddress;
import dev.chatdesk.connectors.platform.InboundKind;
import dev.chatdesk.connectors.platform.InboundMessage;
import dev.chatdesk.connectors.platform.Payloads;
import dev.chatdesk.connectors.platform.WebhookDelivery;
import dev.chatdesk.core.conversation.Customer;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a page's webhook event ({@code object: page}, {@code entry[].messaging[]}) to the customer
 * messages in it: {@code message.text}; a tapped quick reply ({@code message.quick_reply.payload})
 * and a postback button ({@code postback.payload}) as their payload; attachments without text
 * (images, stickers, files) as unsupported. Echoes of the page's own messages, deliveries, reads and
 * reactions are ignored. A message's {@code mid} identifies retries (for a postback without one,
 * its sender and timestamp); the sender's page-scoped id (PSID) is the address.
 */
final class MessengerPayload {
    static final String OBJECT = "page";
    private static final String PATH = "entry[].messaging[]";

    private MessengerPayload() {}

    /** The messages of an event; an event of another object (such as Instagram's) is ignored. */
    static WebhookDelivery read(JsonObject event) {
        if (!OBJECT.equals(Payloads.optionalString(event, "object", ""))) {
            return WebhookDelivery.NOTHING;
        }
        List<InboundMessage> messages = new ArrayList<>();
        for (JsonObject entry : Payloads.objects(event, "entry", "")) {
            for (JsonObject messaging : Payloads.objects(entry, "messaging", "entry[]")) {
                InboundMessage inbound = messaging(messaging);
                if (inbound != null) {
                    messages.add(inbound);
                }
            }
        }
        return new WebhookDelivery(messages, null);
    }

    /** The customer's message of one messaging item, or null for one we ignore. */
    private static InboundMessage messaging(JsonObject messaging) {
        JsonObject message = Payloads.optionalObject(messaging, "message", PATH);
        JsonObject postback = Payloads.optionalObject(messaging, "postback", PATH);
        if (message == null && postback == null) {
            return null;
        }
        String psid = Payloads.requiredId(Payloads.requiredObject(messaging, "sender", PATH), "id", PATH + ".sender");
        Customer customer = new Customer(psid, null, null);
        return message != null ? message(message, psid, customer) : postback(postback, messaging, psid, customer);
    }

    private static InboundMessage message(JsonObject message, String psid, Customer customer) {
        String path = PATH + ".message";
        if (Boolean.TRUE.equals(message.getValue("is_echo"))) {
            return null;
        }
        String mid = Payloads.requiredString(message, "mid", path);
        JsonObject quickReply = Payloads.optionalObject(message, "quick_reply", path);
        if (quickReply != null) {
            return InboundMessage.button(mid, psid, customer, Payloads.requiredString(quickReply, "payload", path + ".quick_reply"), null);
        }
        String text = Payloads.optionalString(message, "text", path);
        if (text != null) {
            return InboundMessage.text(mid, psid, customer, text);
        }
        return Payloads.objects(message, "attachments", path).isEmpty() ? null : InboundMessage.of(InboundKind.UNSUPPORTED, mid, psid, customer);
    }

    private static InboundMessage postback(JsonObject postback, JsonObject messaging, String psid, Customer customer) {
        String path = PATH + ".postback";
        String mid = Payloads.optionalString(postback, "mid", path);
        String deliveryId = mid != null && !mid.isBlank() ? mid : ChannelAddress.join("postback", psid, Payloads.requiredId(messaging, "timestamp", PATH));
        return InboundMessage.button(deliveryId, psid, customer, Payloads.requiredString(postback, "payload", path), null);
    }
}
