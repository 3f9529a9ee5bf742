package dev.chatdesk.server.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sentences the order API gives for customers, as shop systems often do, so that one bot text
 * per HTTP status reads well whatever state the order is in.
 */
final class OrderTexts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    // Customers may contact the shop about a late parcel this many business days after its expected day.
    private static final int LATE_DAYS_BEFORE_INVESTIGATION = 3;
    private static final int REFUND_BUSINESS_DAYS = 5;

    private OrderTexts() {}

    /** A day as customers read it: {@code Thursday 16 May}. */
    private static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** The items as one phrase: {@code Summit GTX Hiking Boots (Brown, 43) and Trail Gaiters (Black, M)}. */
    static String items(List<OrderItem> items) {
        List<String> names = items.stream().map(OrderItem::description).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Where the order stands and what happens next. */
    static String statusDetail(Order order, LocalDate today) {
        String delivery = order.express() ? "Express" : "Standard";
        return switch (order.status()) {
            case RECEIVED -> "We've received it and it hasn't been packed yet, so it can still be changed or cancelled. It should arrive by "
                    + day(order.expectedDelivery()) + " with " + order.carrier() + " (" + delivery + " delivery).";
            case PACKED -> "It's packed and waiting for the " + order.carrier() + " courier, so it can no longer be changed or cancelled. "
                    + "You'll get an email with the tracking link as soon as it ships; expected delivery is " + day(order.expectedDelivery()) + ".";
            case SHIPPED -> shippedDetail(order, today);
            case DELIVERED -> order.carrier() + " delivered it on " + day(order.deliveredOn()) + ". " + returnsDetail(order, today);
            case CANCELLED -> "It was cancelled on " + day(order.cancelledOn()) + " and the full " + order.money(order.total())
                    + " was refunded to your " + order.payment().refundTarget() + ".";
        };
    }

    private static String shippedDetail(Order order, LocalDate today) {
        // The link goes last: a full stop or bracket right after it would break it in many chat windows.
        String tracking = "Follow it here: " + order.trackingUrl();
        if (!today.isAfter(order.expectedDelivery())) {
            return "It's on its way with " + order.carrier() + " since " + day(order.shippedOn()) + " (tracking number "
                    + order.trackingNumber() + "). Expected delivery: " + day(order.expectedDelivery()) + ". " + tracking;
        }
        LocalDate investigateFrom = BusinessDays.after(order.expectedDelivery(), LATE_DAYS_BEFORE_INVESTIGATION);
        String next = today.isBefore(investigateFrom)
                ? "If it hasn't arrived by " + day(investigateFrom) + ", our team can open an investigation with " + order.carrier() + "."
                : "As it's now more than " + LATE_DAYS_BEFORE_INVESTIGATION + " business days late, our team can open an investigation with "
                        + order.carrier() + " and send a replacement or refund it if the parcel is lost.";
        return "It left our warehouse with " + order.carrier() + " on " + day(order.shippedOn()) + " (tracking number "
                + order.trackingNumber() + ") and was expected on " + day(order.expectedDelivery()) + ", so it's running late, sorry. "
                + next + " " + tracking;
    }

    private static String returnsDetail(Order order, LocalDate today) {
        if (!order.returns().isEmpty()) {
            return order.returns().stream()
                    .map(r -> "Return " + r.rma() + " (" + items(returnedItems(order, r)) + ") was registered on " + day(r.registeredOn()) + ".")
                    .collect(Collectors.joining(" "));
        }
        if (today.isAfter(order.returnOpenUntil())) {
            return "The 30-day return window closed on " + day(order.returnOpenUntil()) + ", but our 2-year warranty still covers any defect.";
        }
        return "If something isn't right, you can return it free of charge until " + day(order.returnOpenUntil()) + ".";
    }

    /** Where the refunds of the order's returns or cancellation stand. */
    static String refundStatus(Order order, LocalDate today) {
        if (order.status() == OrderStatus.CANCELLED) {
            return "It was cancelled on " + day(order.cancelledOn()) + " and we refunded the full " + order.money(order.total())
                    + " to your " + order.payment().refundTarget() + " the same day. " + order.payment().refundArrival();
        }
        if (order.returns().isEmpty()) {
            return "There's no return or cancellation registered for this order, so no refund is on its way. "
                    + "If you sent something back without a label from our returns portal, please ask for a person from our team so we can trace it.";
        }
        return order.returns().stream().map(r -> returnRefund(order, r, today)).collect(Collectors.joining(" "));
    }

    private static String returnRefund(Order order, OrderReturn r, LocalDate today) {
        String what = "your return " + r.rma() + " (" + items(returnedItems(order, r)) + ")";
        String amount = order.money(r.amount());
        if (r.refundedOn() != null) {
            return "We refunded " + amount + " for " + what + " on " + day(r.refundedOn()) + " to your "
                    + order.payment().refundTarget() + ". " + order.payment().refundArrival();
        }
        if (r.receivedOn() != null) {
            return capitalise(what) + " arrived at our warehouse on " + day(r.receivedOn()) + ". We'll issue the refund of " + amount
                    + " to your " + order.payment().refundTarget() + " by " + day(BusinessDays.after(r.receivedOn(), REFUND_BUSINESS_DAYS))
                    + " at the latest.";
        }
        String transit = order.carrier().equals("UPS") ? "5-10 business days from the US and Canada" : "2-5 business days from the EU and UK";
        return capitalise(what) + " was registered on " + day(r.registeredOn()) + " and hasn't reached our warehouse yet; return parcels take "
                + transit + ". We refund " + amount + " to your " + order.payment().refundTarget() + " within " + REFUND_BUSINESS_DAYS
                + " business days of its arrival.";
    }

    /** What to do with a return that was just registered. */
    static String returnInstructions(Order order, OrderReturn registered) {
        String dropOff = order.carrier().equals("UPS")
                ? "any UPS Access Point or UPS Store"
                : "any DHL Service Point, Packstation or post office that takes DHL parcels";
        List<OrderItem> leftOut = order.items().stream()
                .filter(i -> !i.returnable() && order.returnOf(i).isEmpty()).toList();
        String exclusions = leftOut.stream()
                .map(i -> " The " + i.name() + " isn't included: " + i.notReturnable() + ".")
                .collect(Collectors.joining());
        return "Please hand the parcel over at " + dropOff + " by " + day(order.returnOpenUntil())
                + ", with the printed label or the QR code from your confirmation email. Once it reaches our warehouse, we refund "
                + order.money(registered.amount()) + " to your " + order.payment().refundTarget() + " within " + REFUND_BUSINESS_DAYS
                + " business days." + exclusions + " Your free " + order.carrier() + " label: " + labelUrl(registered);
    }

    /** Where the printable label of a return is. */
    static String labelUrl(OrderReturn registered) {
        return "https://returns.northwind-outfitters.example/labels/" + registered.rma() + ".pdf";
    }

    /** Where the money of a cancelled order goes. */
    static String cancellationRefund(Order order) {
        return "We've issued a refund of the full " + order.money(order.total()) + " to your " + order.payment().refundTarget() + ". "
                + order.payment().refundArrival();
    }

    /** Why the shop refuses, completing "I can't do that:". */
    static String refusal(Refusal refusal, Order order, List<OrderItem> items, LocalDate today) {
        return switch (refusal) {
            case NOT_DELIVERED_YET -> "order " + order.number() + " hasn't been delivered yet (it's " + order.status().code()
                    + "). The 30 days for returns start on the day it arrives. If you no longer want it, you can also refuse the delivery"
                    + (order.status() == OrderStatus.RECEIVED ? ", or cancel it now, as it hasn't been packed yet." : ".");
            case RETURN_WINDOW_CLOSED -> "order " + order.number() + " was delivered on " + day(order.deliveredOn())
                    + ", so its 30-day return window closed on " + day(order.returnOpenUntil())
                    + ". If something is faulty, our 2-year warranty still covers it, and a person from our team can help with a claim.";
            case ORDER_CANCELLED -> "order " + order.number() + " was cancelled on " + day(order.cancelledOn())
                    + ", so there's nothing to send back; the refund went to your " + order.payment().refundTarget() + ".";
            case ALREADY_RETURNED -> alreadyReturned(order, items);
            case NOT_RETURNABLE -> items.stream().map(i -> "the " + i.name() + " can't be returned because " + i.notReturnable() + ".")
                    .collect(Collectors.joining(" ")) + " If it's faulty, our 2-year warranty covers it: a person from our team can help.";
            case UNKNOWN_ITEM -> "I couldn't tell which item of order " + order.number() + " you mean. It contains " + items(order.items())
                    + ". Please start the return again and name one of them, or say \"everything\".";
            case ALREADY_PACKED -> "it's already packed and waiting for the courier. Once it arrives, you can return it free of charge within "
                    + "30 days, or simply refuse the delivery; either way you get your money back.";
            case ALREADY_SHIPPED -> "it left our warehouse with " + order.carrier() + " on " + day(order.shippedOn())
                    + ". You can refuse the delivery, or return it free of charge within 30 days of arrival; either way you get your money back.";
            case ALREADY_DELIVERED -> "it was already delivered on " + day(order.deliveredOn()) + ". "
                    + (today.isAfter(order.returnOpenUntil())
                            ? "Its 30-day return window closed on " + day(order.returnOpenUntil()) + "."
                            : "You can return it free of charge until " + day(order.returnOpenUntil()) + ".");
            case ALREADY_CANCELLED -> "it was already cancelled on " + day(order.cancelledOn()) + ", and the full "
                    + order.money(order.total()) + " went back to your " + order.payment().refundTarget() + ".";
        };
    }

    private static String alreadyReturned(Order order, List<OrderItem> items) {
        return items.stream()
                .map(i -> "the " + i.name() + " is already in return " + order.returnOf(i).orElseThrow().rma() + ".")
                .collect(Collectors.joining(" "))
                + " You'll find its label in your confirmation email, and I can check the refund for you.";
    }

    private static List<OrderItem> returnedItems(Order order, OrderReturn r) {
        return r.skus().stream().map(order::item).toList();
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
