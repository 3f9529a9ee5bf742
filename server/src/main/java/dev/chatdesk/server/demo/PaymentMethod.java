package dev.chatdesk.server.demo;

import java.util.Locale;

/** How an order was paid, which decides where a refund goes and how soon the customer sees it. */
enum PaymentMethod {
    CARD("card", "Your bank may need another 3-5 business days to show it."),
    APPLE_PAY("Apple Pay card", "Your bank may need another 3-5 business days to show it."),
    PAYPAL("PayPal account", "PayPal refunds usually show within 24 hours of being issued."),
    KLARNA("Klarna plan", "Klarna updates your invoice or instalments directly, usually within a few hours."),
    GIFT_CARD("gift card", "It's credited back to the gift card as soon as it's issued.");

    private final String refundTarget;
    private final String refundArrival;

    PaymentMethod(String refundTarget, String refundArrival) {
        this.refundTarget = refundTarget;
        this.refundArrival = refundArrival;
    }

    /** Where a refund goes, to follow "your": {@code PayPal account}. */
    String refundTarget() {
        return refundTarget;
    }

    /** One sentence on when the customer sees a refund once it is issued. */
    String refundArrival() {
        return refundArrival;
    }

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
