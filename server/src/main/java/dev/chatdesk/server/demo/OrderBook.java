package dev.chatdesk.server.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo shop's orders, in memory, and its rules for returns and cancellations. Thread-safe: every
 * operation holds the book's lock, so two requests never change one order at the same time.
 */
final class OrderBook {
    private final Map<String, Order> orders = new HashMap<>();
    private final Clock clock;

    /** A book holding the given orders; {@code clock} says what day it is. */
    OrderBook(List<Order> initial, Clock clock) {
        this.clock = clock;
        for (Order order : initial) {
            if (orders.put(order.number(), order) != null) {
                throw new IllegalArgumentException("order " + order.number() + " appears twice");
            }
        }
    }

    /** Today, in the shop's time zone. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The order with this number ({@code NW-} and 6 digits), if there is one. */
    synchronized Optional<Order> find(String number) {
        return Optional.ofNullable(orders.get(number));
    }

    /** Cancels a whole order, which the shop allows only until it is packed. */
    synchronized OrderOutcome<Order> cancel(String number) {
        Order order = orders.get(number);
        if (order == null) {
            return new OrderOutcome.NotFound<>(number);
        }
        Refusal refusal = tooLateToChange(order);
        if (refusal != null) {
            return new OrderOutcome.Refused<>(refusal, order, List.of());
        }
        Order cancelled = order.cancelled(today());
        orders.put(number, cancelled);
        return new OrderOutcome.Done<>(cancelled);
    }

    /**
     * Takes a change of an order (address, size, items) for the warehouse team to apply before
     * packing, which the shop allows only until the order is packed.
     */
    synchronized OrderOutcome<Order> requestChange(String number) {
        Order order = orders.get(number);
        if (order == null) {
            return new OrderOutcome.NotFound<>(number);
        }
        Refusal refusal = tooLateToChange(order);
        return refusal == null ? new OrderOutcome.Done<>(order) : new OrderOutcome.Refused<>(refusal, order, List.of());
    }

    private static Refusal tooLateToChange(Order order) {
        return switch (order.status()) {
            case RECEIVED -> null;
            case PACKED -> Refusal.ALREADY_PACKED;
            case SHIPPED -> Refusal.ALREADY_SHIPPED;
            case DELIVERED -> Refusal.ALREADY_DELIVERED;
            case CANCELLED -> Refusal.ALREADY_CANCELLED;
        };
    }

    /**
     * Registers a return of the items the customer named ({@code "the boots"}, or {@code "everything"}
     * for all items still returnable), within 30 days of delivery.
     */
    synchronized OrderOutcome<Registration> registerReturn(String number, String itemWords, String reason) {
        Order order = orders.get(number);
        if (order == null) {
            return new OrderOutcome.NotFound<>(number);
        }
        if (order.status() == OrderStatus.CANCELLED) {
            return new OrderOutcome.Refused<>(Refusal.ORDER_CANCELLED, order, List.of());
        }
        if (order.status() != OrderStatus.DELIVERED) {
            return new OrderOutcome.Refused<>(Refusal.NOT_DELIVERED_YET, order, List.of());
        }
        if (today().isAfter(order.returnOpenUntil())) {
            return new OrderOutcome.Refused<>(Refusal.RETURN_WINDOW_CLOSED, order, List.of());
        }
        boolean everything = ItemSelection.meansEverything(itemWords);
        List<OrderItem> named = everything ? order.items() : ItemSelection.matching(order.items(), itemWords);
        if (named.isEmpty()) {
            return new OrderOutcome.Refused<>(Refusal.UNKNOWN_ITEM, order, List.of());
        }
        List<OrderItem> open = named.stream().filter(i -> order.returnOf(i).isEmpty()).toList();
        List<OrderItem> eligible = open.stream().filter(OrderItem::returnable).toList();
        if (open.isEmpty() || (!everything && open.size() < named.size())) {
            return new OrderOutcome.Refused<>(Refusal.ALREADY_RETURNED, order, named.stream().filter(i -> !open.contains(i)).toList());
        }
        if (eligible.isEmpty() || (!everything && eligible.size() < open.size())) {
            return new OrderOutcome.Refused<>(Refusal.NOT_RETURNABLE, order, open.stream().filter(i -> !i.returnable()).toList());
        }
        OrderReturn registered = new OrderReturn(
                "RMA-" + number.substring(3) + "-" + (order.returns().size() + 1),
                eligible.stream().map(OrderItem::sku).toList(),
                reason,
                today(),
                null,
                null,
                eligible.stream().map(OrderItem::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add));
        Order updated = order.withReturn(registered);
        orders.put(number, updated);
        return new OrderOutcome.Done<>(new Registration(updated, registered));
    }

    /**
     * A return that was registered.
     *
     * @param order the order with the return
     * @param registered the return
     */
    record Registration(Order order, OrderReturn registered) {}
}
