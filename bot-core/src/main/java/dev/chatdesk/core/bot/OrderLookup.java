package dev.chatdesk.core.bot;

import static java.util.Objects.requireNonNull;

/**
 * Where the agent console reads the order a conversation is about, to show it beside the
 * conversation: the slot that holds the order number once the bot has it, and the shop's API.
 *
 * @param slot the slot with the order number, such as {@code order_number}
 * @param url the order's address: {@code {slot}} and the bot's {@code {variables}} are filled in
 *     (URL-encoded), such as {@code {orderApi}/orders/{order_number}}
 */
public record OrderLookup(String slot, String url) {
    /** Checks both are there. */
    public OrderLookup {
        requireNonNull(slot, "orderLookup.slot");
        requireNonNull(url, "orderLookup.url");
    }
}
