package dev.chatdesk.core.dialogue;

import java.util.Map;

/**
 * What the shop's order API answered for the order a conversation is about.
 *
 * @param number the order number the bot learnt from the customer
 * @param status the API's HTTP status (200: found, 404: no such order)
 * @param json the API's JSON answer, as nested maps (empty when it sent none)
 */
public record ShopOrder(String number, int status, Map<String, Object> json) {
    /** Copies the answer. */
    public ShopOrder {
        json = json == null ? Map.of() : Map.copyOf(json);
    }

    /** Whether the shop knows the order. */
    public boolean found() {
        return status == 200;
    }
}
