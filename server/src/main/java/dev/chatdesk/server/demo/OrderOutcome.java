package dev.chatdesk.server.demo;

import java.util.List;

/**
 * What came of a request to change an order.
 *
 * @param <T> what a request that succeeded gives
 */
sealed interface OrderOutcome<T> {
    /** The change was made. */
    record Done<T>(T value) implements OrderOutcome<T> {}

    /** No order has this number. */
    record NotFound<T>(String number) implements OrderOutcome<T> {}

    /** The shop's rules do not allow it; {@code items} are the items concerned (may be empty). */
    record Refused<T>(Refusal refusal, Order order, List<OrderItem> items) implements OrderOutcome<T> {
        /** Copies the list. */
        public Refused {
            items = List.copyOf(items);
        }
    }
}
