package dev.chatdesk.server.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An order of the demo shop. Immutable: a cancellation or a return makes a new one.
 *
 * @param number the order number, {@code NW-} and 6 digits
 * @param status where it stands
 * @param country the delivery country (ISO code), which sets the currency and the carrier
 * @param express whether Express delivery was chosen (else Standard)
 * @param payment how it was paid
 * @param placedOn when it was ordered
 * @param shippedOn when it left the warehouse (null before)
 * @param expectedDelivery when it should arrive (null once delivered or cancelled)
 * @param deliveredOn when the carrier delivered it (null before)
 * @param cancelledOn when it was cancelled (null unless cancelled)
 * @param trackingNumber the carrier's tracking number (null before shipping)
 * @param shippingFee what delivery cost
 * @param items what was ordered
 * @param returns the returns registered so far
 */
record Order(String number, OrderStatus status, String country, boolean express, PaymentMethod payment,
        LocalDate placedOn, LocalDate shippedOn, LocalDate expectedDelivery, LocalDate deliveredOn, LocalDate cancelledOn,
        String trackingNumber, BigDecimal shippingFee, List<OrderItem> items, List<OrderReturn> returns) {
    /** The days after delivery during which items can be returned. */
    static final int RETURN_DAYS = 30;

    private static final Set<String> UPS_COUNTRIES = Set.of("US", "CA");

    /** Copies the lists. */
    Order {
        items = List.copyOf(items);
        returns = List.copyOf(returns);
    }

    /** The store's currency for the delivery country. */
    String currency() {
        return UPS_COUNTRIES.contains(country) ? "USD" : country.equals("GB") ? "GBP" : "EUR";
    }

    /** DHL delivers in Europe, UPS in North America. */
    String carrier() {
        return UPS_COUNTRIES.contains(country) ? "UPS" : "DHL";
    }

    /** The carrier's tracking page for the parcel (null before shipping). */
    String trackingUrl() {
        if (trackingNumber == null) {
            return null;
        }
        return carrier().equals("UPS")
                ? "https://www.ups.com/track?tracknum=" + trackingNumber
                : "https://www.dhl.com/global-en/home/tracking.html?tracking-id=" + trackingNumber;
    }

    /** What the customer paid: the items and delivery. */
    BigDecimal total() {
        return items.stream().map(OrderItem::lineTotal).reduce(shippingFee, BigDecimal::add);
    }

    /** An amount with two decimals, as on an invoice: {@code 129.00}. */
    static String twoDecimals(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The last day a return can be handed to the carrier (null before delivery). */
    LocalDate returnOpenUntil() {
        return deliveredOn == null ? null : deliveredOn.plusDays(RETURN_DAYS);
    }

    /** The line with this stock number. */
    OrderItem item(String sku) {
        return items.stream().filter(i -> i.sku().equals(sku)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("order " + number + " has no item " + sku));
    }

    /** The return an item is already part of, if any. */
    Optional<OrderReturn> returnOf(OrderItem item) {
        return returns.stream().filter(r -> r.skus().contains(item.sku())).findFirst();
    }

    /** This order with one more return. */
    Order withReturn(OrderReturn added) {
        List<OrderReturn> all = new ArrayList<>(returns);
        all.add(added);
        return new Order(number, status, country, express, payment, placedOn, shippedOn, expectedDelivery, deliveredOn,
                cancelledOn, trackingNumber, shippingFee, items, all);
    }

    /** This order cancelled on the given day. */
    Order cancelled(LocalDate day) {
        return new Order(number, OrderStatus.CANCELLED, country, express, payment, placedOn, null, null, null, day,
                null, shippingFee, items, returns);
    }
}
