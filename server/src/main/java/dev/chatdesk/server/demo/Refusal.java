package dev.chatdesk.server.demo;

import java.util.Locale;

/** Why the shop will not do what was asked with an order. */
enum Refusal {
    /** A return of an order that has not arrived yet. */
    NOT_DELIVERED_YET,
    /** A return more than 30 days after delivery. */
    RETURN_WINDOW_CLOSED,
    /** A return of a cancelled order. */
    ORDER_CANCELLED,
    /** A return of items already in a return. */
    ALREADY_RETURNED,
    /** A return of items excluded from returns (personalised, gift cards...). */
    NOT_RETURNABLE,
    /** A return naming no item of the order. */
    UNKNOWN_ITEM,
    /** A cancellation of a packed order. */
    ALREADY_PACKED,
    /** A cancellation of a shipped order. */
    ALREADY_SHIPPED,
    /** A cancellation of a delivered order. */
    ALREADY_DELIVERED,
    /** A cancellation of a cancelled order. */
    ALREADY_CANCELLED;

    /** The refusal as it appears in the API's JSON {@code error} field, such as {@code already_shipped}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
