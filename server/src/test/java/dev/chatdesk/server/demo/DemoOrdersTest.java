package dev.chatdesk.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoOrdersTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 6, 11);

    @Test
    void theDemoOrdersCoverEveryStatus() {
        List<Order> orders = DemoOrders.load(WEDNESDAY);
        assertTrue(orders.size() >= 15, orders.size() + " orders");
        EnumSet<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
        orders.forEach(o -> statuses.add(o.status()));
        assertEquals(EnumSet.allOf(OrderStatus.class), statuses);
    }

    @Test
    void theDemoHasDeliveredOrdersInsideAndOutsideTheReturnWindow() {
        List<Order> delivered = DemoOrders.load(WEDNESDAY).stream().filter(o -> o.status() == OrderStatus.DELIVERED).toList();
        assertTrue(delivered.stream().anyMatch(o -> !WEDNESDAY.isAfter(o.returnOpenUntil())));
        assertTrue(delivered.stream().anyMatch(o -> WEDNESDAY.isAfter(o.returnOpenUntil())));
    }

    @Test
    void datesAreCountedBackFromToday() {
        Order order = only("""
                {"number": "NW-000001", "status": "received", "country": "DE", "shipping": "standard", "payment": "card",
                 "placedDaysAgo": 3, "expectedDeliveryInDays": 2, "shippingFee": "4.95",
                 "items": [{"sku": "A", "name": "Ridge Beanie", "price": "19.95"}]}
                """);
        assertEquals(LocalDate.of(2025, 6, 8), order.placedOn());
        assertEquals(LocalDate.of(2025, 6, 13), order.expectedDelivery());
    }

    @Test
    void aDeliveryOnASundayMovesBackToFriday() {
        Order order = only("""
                {"number": "NW-000001", "status": "delivered", "country": "DE", "shipping": "standard", "payment": "card",
                 "placedDaysAgo": 9, "shippedDaysAgo": 8, "deliveredDaysAgo": 3, "trackingNumber": "003404", "shippingFee": "4.95",
                 "items": [{"sku": "A", "name": "Ridge Beanie", "price": "19.95"}]}
                """);
        assertEquals(LocalDate.of(2025, 6, 6), order.deliveredOn());
    }

    @Test
    void aMistakeNamesTheOrderAndWhatIsMissing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> only("""
                {"number": "NW-000001", "status": "shipped", "country": "DE", "shipping": "standard", "payment": "card",
                 "placedDaysAgo": 3, "shippedDaysAgo": 2, "expectedDeliveryInDays": 1, "shippingFee": "0.00",
                 "items": [{"sku": "A", "name": "Ridge Beanie", "price": "19.95"}]}
                """));
        assertEquals("demo/orders.json: order NW-000001: 'trackingNumber' is missing", e.getMessage());
    }

    @Test
    void anUnknownStatusIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> only("""
                {"number": "NW-000001", "status": "lost", "items": []}
                """));
        assertTrue(e.getMessage().contains("unknown status 'lost'"), e.getMessage());
    }

    private static Order only(String orderJson) {
        List<Order> orders = DemoOrders.parse("{\"orders\": [" + orderJson + "]}", WEDNESDAY);
        assertEquals(1, orders.size());
        return orders.get(0);
    }
}
