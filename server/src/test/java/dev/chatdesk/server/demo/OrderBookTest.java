package dev.chatdesk.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderBookTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 11);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final OrderItem SOCKS = new OrderItem("SOCKS", "Merino Hiking Socks", "Charcoal", "39-42", 2, new BigDecimal("16.95"), null);
    private static final OrderItem CAP = new OrderItem("CAP", "Embroidered Logo Cap", "Navy", null, 1, new BigDecimal("29.00"),
            ReturnExclusion.PERSONALISED);

    @Test
    void takesAReturnOnTheThirtiethDayAfterDelivery() {
        OrderBook book = bookWith(deliveredDaysAgo(30));
        assertInstanceOf(OrderOutcome.Done.class, book.registerReturn("NW-100001", "socks", "too small"));
    }

    @Test
    void refusesAReturnOnTheThirtyFirstDayAfterDelivery() {
        OrderBook book = bookWith(deliveredDaysAgo(31));
        OrderOutcome<?> outcome = book.registerReturn("NW-100001", "socks", "too small");
        assertEquals(Refusal.RETURN_WINDOW_CLOSED, ((OrderOutcome.Refused<?>) outcome).refusal());
    }

    @Test
    void refundsEachReturnedLineAtItsPriceTimesItsQuantity() {
        OrderBook book = bookWith(deliveredDaysAgo(3));
        var done = (OrderOutcome.Done<OrderBook.Registration>) book.registerReturn("NW-100001", "socks", "too small");
        assertEquals(new BigDecimal("33.90"), done.value().registered().amount());
    }

    @Test
    void numbersTheReturnsOfAnOrderInTurn() {
        OrderBook book = bookWith(deliveredDaysAgo(3, new OrderItem("HAT", "Ridge Beanie", "Grey", null, 1, new BigDecimal("19.95"), null)));
        book.registerReturn("NW-100001", "socks", "too small");
        var second = (OrderOutcome.Done<OrderBook.Registration>) book.registerReturn("NW-100001", "beanie", "changed my mind");
        assertEquals("RMA-100001-2", second.value().registered().rma());
    }

    @Test
    void refusesEverythingWhenOnlyItemsThatCannotBeReturnedAreLeft() {
        OrderBook book = bookWith(deliveredDaysAgo(3));
        book.registerReturn("NW-100001", "socks", "too small");
        OrderOutcome<?> outcome = book.registerReturn("NW-100001", "everything", "changed my mind");
        assertEquals(Refusal.NOT_RETURNABLE, ((OrderOutcome.Refused<?>) outcome).refusal());
        assertEquals(List.of(CAP), ((OrderOutcome.Refused<?>) outcome).items());
    }

    @Test
    void anOrderNumberMayAppearOnlyOnce() {
        Order order = deliveredDaysAgo(3);
        assertThrows(IllegalArgumentException.class, () -> new OrderBook(List.of(order, order), CLOCK));
    }

    private static OrderBook bookWith(Order order) {
        return new OrderBook(List.of(order), CLOCK);
    }

    private static Order deliveredDaysAgo(int days, OrderItem... more) {
        List<OrderItem> items = new ArrayList<>(List.of(SOCKS, CAP));
        items.addAll(List.of(more));
        LocalDate delivered = TODAY.minusDays(days);
        return new Order("NW-100001", OrderStatus.DELIVERED, "DE", false, PaymentMethod.CARD, delivered.minusDays(4),
                delivered.minusDays(2), null, delivered, null, "00340434161000000001", BigDecimal.ZERO, items, List.of());
    }
}
