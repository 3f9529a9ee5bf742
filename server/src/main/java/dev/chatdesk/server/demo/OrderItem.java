package dev.chatdesk.server.demo;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an order.
 *
 * @param sku the product variant's stock number, unique within the order
 * @param name the product's name
 * @param colour its colour (may be null)
 * @param size its size (may be null for one-size products)
 * @param quantity how many were ordered
 * @param price the price of one, in the order's currency
 * @param notReturnable why it cannot be returned, or null when it can be
 */
record OrderItem(String sku, String name, String colour, String size, int quantity, BigDecimal price, ReturnExclusion notReturnable) {
    /** Checks the line makes sense. */
    OrderItem {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        if (quantity < 1) {
            throw new IllegalArgumentException("item " + sku + ": quantity must be at least 1, was " + quantity);
        }
    }

    /** Whether it can be sent back for a refund. */
    boolean returnable() {
        return notReturnable == null;
    }

    /** What the line costs. */
    BigDecimal lineTotal() {
        return price.multiply(BigDecimal.valueOf(quantity));
    }

    /** The product as the shop names it, with its colour and size: {@code Merino Hiking Socks (Charcoal, 39-42)}. */
    String product() {
        String variant = colour == null ? size : size == null ? colour : colour + ", " + size;
        return variant == null ? name : name + " (" + variant + ")";
    }
}
