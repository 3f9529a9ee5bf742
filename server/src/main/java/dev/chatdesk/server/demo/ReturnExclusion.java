package dev.chatdesk.server.demo;

import java.util.Locale;

/** Why an item cannot be sent back for a refund, as {@code orders.json} names it ({@code "notReturnable": "personalised"}). */
enum ReturnExclusion {
    /** It was personalised with the customer's initials. */
    PERSONALISED,
    /** A digital gift card, which cannot be returned once it has been sent. */
    DIGITAL_GIFT_CARD;

    /** The exclusion as {@code orders.json} writes it, such as {@code digital_gift_card}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The exclusion a code names. */
    static ReturnExclusion fromCode(String code) {
        try {
            return valueOf(String.valueOf(code).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown notReturnable '" + code + "'; expected personalised or digital_gift_card", e);
        }
    }
}
