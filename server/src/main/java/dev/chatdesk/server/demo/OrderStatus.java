package dev.chatdesk.server.demo;

import java.util.Locale;

/** Where an order stands, with the names the shop's help articles use. */
enum OrderStatus {
    /** Paid and waiting to be packed: it can still be changed or cancelled. */
    RECEIVED,
    /** Boxed and waiting for the courier: too late to change or cancel. */
    PACKED,
    /** With the carrier, tracking active. */
    SHIPPED,
    /** The carrier reports it delivered; the 30-day return window runs from that day. */
    DELIVERED,
    /** Cancelled before packing and refunded. */
    CANCELLED;

    /** The status as it appears in the API's JSON, such as {@code shipped}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
