package dev.chatdesk.connectors.whatsapp;

import dev.chatdesk.connectors.platform.InboundKind;
import dev.chatdesk.connectors.platform.InboundMessage;
import dev.chatdesk.connectors.platform.Payloads;
import dev.chatdesk.connectors.platform.WebhookDelivery;
import dev.chatdesk.core.conversation.Customer;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a WhatsApp Business Account notification ({@code entry[].changes[].value}) to the customer
 * messages in it: {@code text}; {@code interactive} replies from our buttons and lists and
 * {@code button} replies from template quick replies, as their payload; media, locations and
 * contacts as unsupported. Status updates of our own messages ({@code statuses}), reactions and
 * system messages are not from a customer to us, and are ignored. Each message's {@code wamid}
 * identifies retries; its sender's phone number is the address.
 */
final class WhatsAppPayload {
    static final String OBJECT = "whatsapp_business_account";
    private static final Set<String> NON_TEXT = Set.of("image", "sticker", "audio", "video", "document", "location",
            "contacts", "unsupported");

    private WhatsAppPayload() {}

    /** The messages of a notification; a notification of another object is ignored. */
    static WebhookDelivery read(JsonObject notification) {
        if (!OBJECT.equals(Payloads.optionalString(notification, "object", ""))) {
            return WebhookDelivery.NOTHING;
        }
        List<InboundMessage> messages = new ArrayList<>();
        for (JsonObject entry : Payloads.objects(notification, "entry", "")) {
            for (JsonObject change : Payloads.objects(entry, "changes", "entry[]")) {
                JsonObject value = Payloads.optionalObject(change, "value", "entry[].changes[]");
                if (value != null) {
                    Map<String, String> names = names(value);
                    for (JsonObject message : Payloads.objects(value, "messages", "entry[].changes[].value")) {
                        InboundMessage inbound = message(message, names);
                        if (inbound != null) {
                            messages.add(inbound);
                        }
                    }
                }
            }
        }
        return new WebhookDelivery(messages, null);
    }

    /** The senders' profile names by their WhatsApp id. */
    private static Map<String, String> names(JsonObject value) {
        Map<String, String> names = new HashMap<>();
        for (JsonObject contact : Payloads.objects(value, "contacts", "entry[].changes[].value")) {
            String waId = Payloads.optionalString(contact, "wa_id", "contacts[]");
            JsonObject profile = Payloads.optionalObject(contact, "profile", "contacts[]");
            String name = profile == null ? null : Payloads.optionalString(profile, "name", "contacts[].profile");
            if (waId != null && name != null && !name.isBlank()) {
                names.put(waId, name);
            }
        }
        return names;
    }

    /** The customer's message, or null for one that nobody wrote to us (a reaction, a system message). */
    private static InboundMessage message(JsonObject message, Map<String, String> names) {
        String path = "messages[]";
        String id = Payloads.requiredString(message, "id", path);
        String from = Payloads.requiredString(message, "from", path);
        String type = Payloads.requiredString(message, "type", path);
        Customer customer = new Customer(from, names.get(from), null);
        return switch (type) {
            case "text" -> InboundMessage.text(id, from, customer,
                    Payloads.requiredString(Payloads.requiredObject(message, "text", path), "body", path + ".text"));
            case "interactive" -> interactive(id, from, customer, Payloads.requiredObject(message, "interactive", path));
            case "button" -> InboundMessage.button(id, from, customer,
                    Payloads.requiredString(Payloads.requiredObject(message, "button", path), "payload", path + ".button"), null);
            default -> NON_TEXT.contains(type) ? InboundMessage.of(InboundKind.UNSUPPORTED, id, from, customer) : null;
        };
    }

    /** A pressed reply button or a chosen list row, as its id (the quick reply's payload); other interactive replies are unsupported. */
    private static InboundMessage interactive(String id, String from, Customer customer, JsonObject interactive) {
        String path = "messages[].interactive";
        String type = Payloads.requiredString(interactive, "type", path);
        if (!type.equals("button_reply") && !type.equals("list_reply")) {
            return InboundMessage.of(InboundKind.UNSUPPORTED, id, from, customer);
        }
        String payload = Payloads.requiredString(Payloads.requiredObject(interactive, type, path), "id", path + "." + type);
        return InboundMessage.button(id, from, customer, payload, null);
    }
}
