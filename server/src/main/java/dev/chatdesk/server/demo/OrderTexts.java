package dev.chatdesk.server.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sentences the order API gives for customers, as shop systems often do, so that one bot text
 * per HTTP status reads well whatever state the order is in. This class decides what to say about
 * an order; each subclass words it in one language, and the service picks one per request.
 */
abstract sealed class OrderTexts permits EnglishOrderTexts, ChineseOrderTexts {
    /** Customers may contact the shop about a late parcel this many business days after its expected day. */
    static final int LATE_DAYS_BEFORE_INVESTIGATION = 3;
    /** The business days the shop takes to refund a return once it reaches the warehouse. */
    static final int REFUND_BUSINESS_DAYS = 5;

    private final DateTimeFormatter days;
    private final String sentenceGap;
    private final String listSeparator;
    private final String lastSeparator;

    /**
     * Texts that write days with {@code days}, put {@code sentenceGap} between sentences and list
     * phrases as "a{@code listSeparator}b{@code lastSeparator}c".
     */
    OrderTexts(DateTimeFormatter days, String sentenceGap, String listSeparator, String lastSeparator) {
        this.days = days;
        this.sentenceGap = sentenceGap;
        this.listSeparator = listSeparator;
        this.lastSeparator = lastSeparator;
    }

    /** A day as customers read it: {@code Thursday 16 May}, {@code 5月16日（周四）}. */
    final String day(LocalDate day) {
        return days.format(day);
    }

    /** An amount in the order's currency, as customers read it: {@code 129.00 EUR}. */
    final String money(Order order, BigDecimal amount) {
        return money(Order.twoDecimals(amount), order.currency());
    }

    /** The items as one phrase: {@code Summit GTX Hiking Boots (Brown, 43) and Trail Gaiters (Black, M)}. */
    final String items(List<OrderItem> items) {
        List<String> lines = items.stream()
                .map(i -> i.quantity() == 1 ? i.product() : quantity(i.quantity(), i.product()))
                .toList();
        if (lines.size() == 1) {
            return lines.get(0);
        }
        return String.join(listSeparator, lines.subList(0, lines.size() - 1)) + lastSeparator + lines.get(lines.size() - 1);
    }

    /** Where the order stands and what happens next. */
    final String statusDetail(Order order, LocalDate today) {
        return switch (order.status()) {
            case RECEIVED -> received(order);
            case PACKED -> packed(order);
            case SHIPPED -> shippedDetail(order, today);
            case DELIVERED -> sentences(Stream.concat(Stream.of(delivered(order)), returnsDetail(order, today).stream()));
            case CANCELLED -> cancelled(order);
        };
    }

    private String shippedDetail(Order order, LocalDate today) {
        // The link goes last: a full stop or bracket right after it would break it in many chat windows.
        if (!today.isAfter(order.expectedDelivery())) {
            return sentences(Stream.of(onItsWay(order), trackingLink(order)));
        }
        LocalDate investigateFrom = BusinessDays.after(order.expectedDelivery(), LATE_DAYS_BEFORE_INVESTIGATION);
        String next = today.isBefore(investigateFrom) ? investigationFrom(order, investigateFrom) : investigationNow(order);
        return sentences(Stream.of(late(order), next, trackingLink(order)));
    }

    private List<String> returnsDetail(Order order, LocalDate today) {
        if (!order.returns().isEmpty()) {
            return order.returns().stream().map(r -> returnRegistered(r, items(returnedItems(order, r)))).toList();
        }
        return List.of(today.isAfter(order.returnOpenUntil()) ? returnWindowClosed(order) : returnWindowOpen(order));
    }

    /** Where the refunds of the order's returns or cancellation stand. */
    final String refundStatus(Order order, LocalDate today) {
        if (order.status() == OrderStatus.CANCELLED) {
            return sentences(Stream.of(refundedOnCancellation(order), refundArrival(order.payment())));
        }
        if (order.returns().isEmpty()) {
            return noRefund();
        }
        return sentences(order.returns().stream().map(r -> returnRefund(order, r)));
    }

    private String returnRefund(Order order, OrderReturn r) {
        String items = items(returnedItems(order, r));
        if (r.refundedOn() != null) {
            return sentences(Stream.of(returnRefunded(order, r, items), refundArrival(order.payment())));
        }
        if (r.receivedOn() != null) {
            return returnArrived(order, r, items, BusinessDays.after(r.receivedOn(), REFUND_BUSINESS_DAYS));
        }
        return returnInTransit(order, r, items);
    }

    /** What to do with a return that was just registered. */
    final String returnInstructions(Order order, OrderReturn registered) {
        List<String> parts = new ArrayList<>();
        parts.add(handOver(order, registered));
        order.items().stream()
                .filter(i -> !i.returnable() && order.returnOf(i).isEmpty())
                .map(this::notIncluded)
                .forEach(parts::add);
        parts.add(label(order, registered));
        return sentences(parts.stream());
    }

    /** Where the printable label of a return is. */
    static String labelUrl(OrderReturn registered) {
        return "https://returns.northwind-outfitters.example/labels/" + registered.rma() + ".pdf";
    }

    /** Where the money of a cancelled order goes. */
    final String cancellationRefund(Order order) {
        return sentences(Stream.of(refundIssued(order), refundArrival(order.payment())));
    }

    /** Why the shop refuses; in English it completes "I can't do that:". */
    final String refusal(Refusal refusal, Order order, List<OrderItem> items, LocalDate today) {
        return switch (refusal) {
            case NOT_DELIVERED_YET -> notDeliveredYet(order, order.status() == OrderStatus.RECEIVED);
            case RETURN_WINDOW_CLOSED -> returnTooLate(order);
            case ORDER_CANCELLED -> nothingToReturn(order);
            case ALREADY_RETURNED -> sentences(Stream.concat(
                    items.stream().map(i -> alreadyInReturn(i, order.returnOf(i).orElseThrow())), Stream.of(labelInEmail())));
            case NOT_RETURNABLE -> sentences(Stream.concat(items.stream().map(this::cannotBeReturned), Stream.of(warrantyCoversIt())));
            case UNKNOWN_ITEM -> unknownItem(order);
            case ALREADY_PACKED -> alreadyPacked(order);
            case ALREADY_SHIPPED -> alreadyShipped(order);
            case ALREADY_DELIVERED -> sentences(Stream.of(alreadyDelivered(order),
                    today.isAfter(order.returnOpenUntil()) ? windowClosedOn(order) : returnableUntil(order)));
            case ALREADY_CANCELLED -> alreadyCancelled(order);
        };
    }

    private String sentences(Stream<String> sentences) {
        return String.join(sentenceGap, sentences.toList());
    }

    private static List<OrderItem> returnedItems(Order order, OrderReturn r) {
        return r.skus().stream().map(order::item).toList();
    }

    // How each language words it. Amounts, days and items come formatted by money, day and items.

    /** An amount with two decimals in a currency: {@code 129.00 EUR}. */
    abstract String money(String amount, String currency);

    /** A line of more than one of a product: {@code 2 × Merino Hiking Socks (Charcoal, 39-42)}. */
    abstract String quantity(int quantity, String product);

    /** The status as customers see it in their account, such as {@code Shipped}. */
    abstract String statusLabel(OrderStatus status);

    /** Where a refund goes: {@code PayPal account} (after "your"), {@code 您的 PayPal 账户}. */
    abstract String refundTarget(PaymentMethod method);

    /** One sentence on when the customer sees a refund once it is issued. */
    abstract String refundArrival(PaymentMethod method);

    /** Why an item cannot be returned: {@code it was personalised with your initials}. */
    abstract String notReturnable(ReturnExclusion exclusion);

    /** A received order: it can still be changed; when and how it arrives. */
    abstract String received(Order order);

    /** A packed order: too late to change; when it arrives. */
    abstract String packed(Order order);

    /** A shipped order on time: carrier, tracking number and expected day. */
    abstract String onItsWay(Order order);

    /** A shipped order past its expected day: sorry, it is late. */
    abstract String late(Order order);

    /** The day the team can open an investigation of a late parcel. */
    abstract String investigationFrom(Order order, LocalDate day);

    /** A parcel late enough for the team to investigate now. */
    abstract String investigationNow(Order order);

    /** The parcel's tracking link, which ends the text. */
    abstract String trackingLink(Order order);

    /** A delivered order: by whom and when. */
    abstract String delivered(Order order);

    /** A return registered for a delivered order. */
    abstract String returnRegistered(OrderReturn r, String items);

    /** A delivered order whose return window has closed. */
    abstract String returnWindowClosed(Order order);

    /** A delivered order that can still be returned. */
    abstract String returnWindowOpen(Order order);

    /** A cancelled order and its refund. */
    abstract String cancelled(Order order);

    /** The refund of a cancelled order, before {@link #refundArrival}. */
    abstract String refundedOnCancellation(Order order);

    /** An order with neither a return nor a cancellation, so no refund. */
    abstract String noRefund();

    /** A return that was refunded, before {@link #refundArrival}. */
    abstract String returnRefunded(Order order, OrderReturn r, String items);

    /** A return at the warehouse, refunded by the given day at the latest. */
    abstract String returnArrived(Order order, OrderReturn r, String items, LocalDate refundBy);

    /** A return on its way to the warehouse. */
    abstract String returnInTransit(Order order, OrderReturn r, String items);

    /** Where and by when to hand a registered return over, and the refund. */
    abstract String handOver(Order order, OrderReturn registered);

    /** An item of the order that the return leaves out, as it cannot be returned. */
    abstract String notIncluded(OrderItem item);

    /** The link to the return's free label, which ends the text. */
    abstract String label(Order order, OrderReturn registered);

    /** The refund of an order just cancelled, before {@link #refundArrival}. */
    abstract String refundIssued(Order order);

    /** A return of an order not delivered yet; {@code canCancel} when it has not been packed either. */
    abstract String notDeliveredYet(Order order, boolean canCancel);

    /** A return after the 30-day window. */
    abstract String returnTooLate(Order order);

    /** A return of a cancelled order. */
    abstract String nothingToReturn(Order order);

    /** An item already in a return. */
    abstract String alreadyInReturn(OrderItem item, OrderReturn r);

    /** After items already in a return: where the label is. */
    abstract String labelInEmail();

    /** An item that cannot be returned. */
    abstract String cannotBeReturned(OrderItem item);

    /** After items that cannot be returned: the warranty still covers a fault. */
    abstract String warrantyCoversIt();

    /** A return naming no item of the order. */
    abstract String unknownItem(Order order);

    /** A cancellation or change of a packed order. */
    abstract String alreadyPacked(Order order);

    /** A cancellation or change of a shipped order. */
    abstract String alreadyShipped(Order order);

    /** A cancellation or change of a delivered order, before whether it can be returned. */
    abstract String alreadyDelivered(Order order);

    /** A delivered order's return window closed. */
    abstract String windowClosedOn(Order order);

    /** A delivered order that can be returned until its window closes. */
    abstract String returnableUntil(Order order);

    /** A cancellation or change of a cancelled order. */
    abstract String alreadyCancelled(Order order);

    /** A change taken for the warehouse team. */
    abstract String changeTaken(Order order);

    /** A return request without the items. */
    abstract String noItemsNamed();

    /** A change request without the change. */
    abstract String noChangeGiven();

    /** A path whose order number is not one. */
    abstract String notAnOrderNumber(String text);

    /** An order number the shop has no order of. */
    abstract String noSuchOrder(String number);

    /** A request that could not be read (400). */
    abstract String unreadableRequest();

    /** A path the API does not have (404). */
    abstract String noSuchEndpoint();

    /** A method the endpoint does not take (405). */
    abstract String methodNotAllowed();

    /** A body over the limit (413). */
    abstract String bodyTooLarge(long maxBytes);

    /** The service failed (500). */
    abstract String serviceFailed();
}
