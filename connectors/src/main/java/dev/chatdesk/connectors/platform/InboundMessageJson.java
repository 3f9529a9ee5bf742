package dev.chatdesk.connectors.platform;

import dev.chatdesk.core.conversation.Customer;
import io.vertx.core.json.JsonObject;

/** An inbound message as JSON, the form it waits in the store between its acknowledgement and its processing. */
public final class InboundMessageJson {
    private InboundMessageJson() {}

    /** The message as stored. */
    public static String encode(InboundMessage message) {
        Customer customer = message.customer() == null ? Customer.ANONYMOUS : message.customer();
        return new JsonObject()
                .put("deliveryId", message.deliveryId())
                .put("address", message.address())
                .put("customer", new JsonObject()
                        .put("externalId", customer.externalId())
                        .put("name", customer.name())
                        .put("email", customer.email()))
                .put("kind", message.kind().name())
                .put("text", message.text())
                .put("interactionId", message.interactionId())
                .encode();
    }

    /** The message stored as {@code json}. */
    public static InboundMessage decode(String json) {
        JsonObject message = new JsonObject(json);
        JsonObject customer = message.getJsonObject("customer");
        return new InboundMessage(
                message.getString("deliveryId"),
                message.getString("address"),
                new Customer(customer.getString("externalId"), customer.getString("name"), customer.getString("email")),
                InboundKind.valueOf(message.getString("kind")),
                message.getString("text"),
                message.getString("interactionId"));
    }
}
