package dev.chatdesk.server.demo;

import java.util.Locale;

/** How an order was paid, which decides where a refund goes and how soon the customer sees it ({@link OrderTexts} words both). */
enum PaymentMethod {
    CARD,
    APPLE_PAY,
    PAYPAL,
    KLARNA,
    GIFT_CARD;

    /** The method as it appears in the API's JSON, such as {@code apple_pay}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method a JSON code names. */
    static PaymentMethod fromCode(String code) {
        for (PaymentMethod method : values()) {
            if (method.code().equals(code)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown payment method '" + code + "'; expected one of card, apple_pay, paypal, klarna, gift_card");
    }
}
