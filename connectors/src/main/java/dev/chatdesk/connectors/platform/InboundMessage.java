package dev.chatdesk.connectors.platform;

import dev.chatdesk.core.conversation.Customer;
import java.util.Objects;

/**
 * One thing a platform user sent, mapped from the platform's payload.
 *
 * @param deliveryId the platform's own id of the delivery (Telegram's update_id, Slack's event_id),
 *     by which retried deliveries are recognised
 * @param address where replies go and which conversation it belongs to: one per platform user and chat
 * @param customer who sent it, as far as the platform says
 * @param kind what it is
 * @param text the text or the button's payload (null for {@code START} and {@code UNSUPPORTED})
 * @param interactionId the platform's id of a button press to acknowledge (null when there is none)
 */
public record InboundMessage(
        String deliveryId, String address, Customer customer, InboundKind kind, String text, String interactionId) {
    /** Checks the parts every message has. */
    public InboundMessage {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(kind, "kind");
        if ((kind == InboundKind.TEXT || kind == InboundKind.BUTTON) && text == null) {
            throw new IllegalArgumentException("a " + kind + " message needs its text");
        }
    }

    /** A text message. */
    public static InboundMessage text(String deliveryId, String address, Customer customer, String text) {
        return new InboundMessage(deliveryId, address, customer, InboundKind.TEXT, text, null);
    }

    /** A pressed button with its payload, and the platform's id of the press (may be null). */
    public static InboundMessage button(String deliveryId, String address, Customer customer, String payload, String interactionId) {
        return new InboundMessage(deliveryId, address, customer, InboundKind.BUTTON, payload, interactionId);
    }

    /** A message of a kind without text: {@code START} or {@code UNSUPPORTED}. */
    public static InboundMessage of(InboundKind kind, String deliveryId, String address, Customer customer) {
        return new InboundMessage(deliveryId, address, customer, kind, null, null);
    }
}
