package dev.chatdesk.server.demo;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the demo orders from {@code demo/orders.json}. Dates there are days before (or after)
 * today, so the demo always has an order delivered last week and one outside the return window.
 * Days the warehouse or a carrier acts on (shipping, delivery, receiving a return, refunding) move
 * back to the nearest weekday, and expected deliveries forward to one.
 */
final class DemoOrders {
    /** The class-path resource holding the demo orders. */
    static final String RESOURCE = "demo/orders.json";

    private static final Set<OrderStatus> SHIPPED = Set.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED);
    private static final Set<OrderStatus> ON_THE_WAY = Set.of(OrderStatus.RECEIVED, OrderStatus.PACKED, OrderStatus.SHIPPED);

    private DemoOrders() {}

    /** The demo orders, dated relative to today. */
    static List<Order> load(LocalDate today) {
        try (InputStream in = DemoOrders.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), today);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Orders from JSON of the {@code orders.json} format, dated relative to today. */
    static List<Order> parse(String json, LocalDate today) {
        JsonArray array;
        try {
            array = new JsonObject(json).getJsonArray("orders");
        } catch (DecodeException | ClassCastException e) {
            throw new IllegalArgumentException(RESOURCE + " is not a JSON object with an 'orders' array: " + e.getMessage(), e);
        }
        if (array == null) {
            throw new IllegalArgumentException(RESOURCE + " has no 'orders' array");
        }
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonObject entry = array.getJsonObject(i);
            String where = RESOURCE + ": order " + entry.getString("number", "#" + (i + 1)) + ": ";
            try {
                orders.add(order(entry, today));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        return orders;
    }

    private static Order order(JsonObject json, LocalDate today) {
        String number = json.getString("number");
        if (!OrderNumbers.normalise(number).map(n -> n.equals(number)).orElse(false)) {
            throw new IllegalArgumentException("the number must be NW- and 6 digits, was " + number);
        }
        OrderStatus status = status(json.getString("status"));
        String shipping = required(json, "shipping");
        if (!shipping.equals("standard") && !shipping.equals("express")) {
            throw new IllegalArgumentException("shipping must be standard or express, was " + shipping);
        }
        List<OrderItem> items = new ArrayList<>();
        for (Object item : json.getJsonArray("items", new JsonArray())) {
            items.add(item((JsonObject) item));
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an order needs items");
        }
        List<OrderReturn> returns = new ArrayList<>();
        for (Object entry : json.getJsonArray("returns", new JsonArray())) {
            returns.add(orderReturn((JsonObject) entry, items, today));
        }
        LocalDate shippedOn = weekdayAgo(json, "shippedDaysAgo", today, SHIPPED.contains(status));
        LocalDate placedOn = daysAgo(json, "placedDaysAgo", today, true);
        // A weekend order shipped "today" on a Sunday moved back to Friday: it was placed by then.
        if (shippedOn != null && shippedOn.isBefore(placedOn)) {
            placedOn = shippedOn;
        }
        return new Order(
                number,
                status,
                required(json, "country"),
                shipping.equals("express"),
                PaymentMethod.fromCode(required(json, "payment")),
                placedOn,
                shippedOn,
                ON_THE_WAY.contains(status) ? BusinessDays.onOrAfter(today.plusDays(requiredInt(json, "expectedDeliveryInDays"))) : null,
                weekdayAgo(json, "deliveredDaysAgo", today, status == OrderStatus.DELIVERED),
                daysAgo(json, "cancelledDaysAgo", today, status == OrderStatus.CANCELLED),
                SHIPPED.contains(status) ? required(json, "trackingNumber") : null,
                new BigDecimal(required(json, "shippingFee")),
                items,
                returns);
    }

    private static OrderItem item(JsonObject json) {
        return new OrderItem(
                required(json, "sku"),
                required(json, "name"),
                json.getString("colour"),
                json.getString("size"),
                json.getInteger("quantity", 1),
                new BigDecimal(required(json, "price")),
                json.getString("notReturnable") == null ? null : ReturnExclusion.fromCode(json.getString("notReturnable")));
    }

    private static OrderReturn orderReturn(JsonObject json, List<OrderItem> items, LocalDate today) {
        List<String> skus = new ArrayList<>();
        BigDecimal amount = BigDecimal.ZERO;
        for (Object sku : json.getJsonArray("skus", new JsonArray())) {
            OrderItem item = items.stream().filter(i -> i.sku().equals(sku)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("a return names item " + sku + ", which the order does not have"));
            skus.add(item.sku());
            amount = amount.add(item.lineTotal());
        }
        return new OrderReturn(required(json, "rma"), skus, required(json, "reason"),
                daysAgo(json, "registeredDaysAgo", today, true),
                weekdayAgo(json, "receivedDaysAgo", today, false),
                weekdayAgo(json, "refundedDaysAgo", today, false),
                amount);
    }

    private static OrderStatus status(String code) {
        try {
            return OrderStatus.valueOf(String.valueOf(code).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown status '" + code + "'; expected received, packed, shipped, delivered or cancelled", e);
        }
    }

    private static LocalDate daysAgo(JsonObject json, String key, LocalDate today, boolean required) {
        Integer days = json.getInteger(key);
        if (days == null) {
            if (required) {
                throw new IllegalArgumentException("'" + key + "' is missing");
            }
            return null;
        }
        return today.minusDays(days);
    }

    private static LocalDate weekdayAgo(JsonObject json, String key, LocalDate today, boolean required) {
        LocalDate day = daysAgo(json, key, today, required);
        return day == null ? null : BusinessDays.onOrBefore(day);
    }

    private static int requiredInt(JsonObject json, String key) {
        Integer value = json.getInteger(key);
        if (value == null) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return value;
    }

    private static String required(JsonObject json, String key) {
        String value = json.getString(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return value;
    }
}
