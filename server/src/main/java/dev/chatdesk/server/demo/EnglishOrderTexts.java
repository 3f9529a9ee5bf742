package dev.chatdesk.server.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The order API's sentences in English, the language of requests that ask for no other. */
final class EnglishOrderTexts extends OrderTexts {
    private static final Map<String, String> DROP_OFF = Map.of(
            "UPS", "any UPS Access Point or UPS Store",
            "DHL", "any DHL Service Point, Packstation or post office that takes DHL parcels");
    private static final Map<String, String> RETURN_TRANSIT = Map.of(
            "UPS", "5-10 business days from the US and Canada",
            "DHL", "2-5 business days from the EU and UK");

    /** The English texts. */
    EnglishOrderTexts() {
        super(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH), " ", ", ", " and ");
    }

    @Override
    String money(String amount, String currency) {
        return amount + " " + currency;
    }

    @Override
    String quantity(int quantity, String product) {
        return quantity + " × " + product;
    }

    @Override
    String statusLabel(OrderStatus status) {
        return status.name().charAt(0) + status.code().substring(1);
    }

    @Override
    String refundTarget(PaymentMethod method) {
        return switch (method) {
            case CARD -> "card";
            case APPLE_PAY -> "Apple Pay card";
            case PAYPAL -> "PayPal account";
            case KLARNA -> "Klarna plan";
            case GIFT_CARD -> "gift card";
        };
    }

    @Override
    String refundArrival(PaymentMethod method) {
        return switch (method) {
            case CARD, APPLE_PAY -> "Your bank may need another 3-5 business days to show it.";
            case PAYPAL -> "PayPal refunds usually show within 24 hours of being issued.";
            case KLARNA -> "Klarna updates your invoice or instalments directly, usually within a few hours.";
            case GIFT_CARD -> "It's credited back to the gift card as soon as it's issued.";
        };
    }

    @Override
    String notReturnable(ReturnExclusion exclusion) {
        return switch (exclusion) {
            case PERSONALISED -> "it was personalised with your initials";
            case DIGITAL_GIFT_CARD -> "digital gift cards can't be returned once they've been sent";
        };
    }

    @Override
    String received(Order order) {
        return "We've received it and it hasn't been packed yet, so it can still be changed or cancelled. It should arrive by "
                + day(order.expectedDelivery()) + " with " + order.carrier() + " (" + (order.express() ? "Express" : "Standard")
                + " delivery).";
    }

    @Override
    String packed(Order order) {
        return "It's packed and waiting for the " + order.carrier() + " courier, so it can no longer be changed or cancelled. "
                + "You'll get an email with the tracking link as soon as it ships; expected delivery is " + day(order.expectedDelivery()) + ".";
    }

    @Override
    String onItsWay(Order order) {
        return "It's on its way with " + order.carrier() + " since " + day(order.shippedOn()) + " (tracking number "
                + order.trackingNumber() + "). Expected delivery: " + day(order.expectedDelivery()) + ".";
    }

    @Override
    String late(Order order) {
        return "It left our warehouse with " + order.carrier() + " on " + day(order.shippedOn()) + " (tracking number "
                + order.trackingNumber() + ") and was expected on " + day(order.expectedDelivery()) + ", so it's running late, sorry.";
    }

    @Override
    String investigationFrom(Order order, LocalDate day) {
        return "If it hasn't arrived by " + day(day) + ", our team can open an investigation with " + order.carrier() + ".";
    }

    @Override
    String investigationNow(Order order) {
        return "As it's now more than " + LATE_DAYS_BEFORE_INVESTIGATION + " business days late, our team can open an investigation with "
                + order.carrier() + " and send a replacement or refund it if the parcel is lost.";
    }

    @Override
    String trackingLink(Order order) {
        return "Follow it here: " + order.trackingUrl();
    }

    @Override
    String delivered(Order order) {
        return order.carrier() + " delivered it on " + day(order.deliveredOn()) + ".";
    }

    @Override
    String returnRegistered(OrderReturn r, String items) {
        return "Return " + r.rma() + " (" + items + ") was registered on " + day(r.registeredOn()) + ".";
    }

    @Override
    String returnWindowClosed(Order order) {
        return "The 30-day return window closed on " + day(order.returnOpenUntil()) + ", but our 2-year warranty still covers any defect.";
    }

    @Override
    String returnWindowOpen(Order order) {
        return "If something isn't right, you can return it free of charge until " + day(order.returnOpenUntil()) + ".";
    }

    @Override
    String cancelled(Order order) {
        return "It was cancelled on " + day(order.cancelledOn()) + " and the full " + money(order, order.total())
                + " was refunded to your " + refundTarget(order.payment()) + ".";
    }

    @Override
    String refundedOnCancellation(Order order) {
        return "It was cancelled on " + day(order.cancelledOn()) + " and we refunded the full " + money(order, order.total())
                + " to your " + refundTarget(order.payment()) + " the same day.";
    }

    @Override
    String noRefund() {
        return "There's no return or cancellation registered for this order, so no refund is on its way. "
                + "If you sent something back without a label from our returns portal, please ask for a person from our team so we can trace it.";
    }

    @Override
    String returnRefunded(Order order, OrderReturn r, String items) {
        return "We refunded " + money(order, r.amount()) + " for your return " + r.rma() + " (" + items + ") on " + day(r.refundedOn())
                + " to your " + refundTarget(order.payment()) + ".";
    }

    @Override
    String returnArrived(Order order, OrderReturn r, String items, LocalDate refundBy) {
        return "Your return " + r.rma() + " (" + items + ") arrived at our warehouse on " + day(r.receivedOn())
                + ". We'll issue the refund of " + money(order, r.amount()) + " to your " + refundTarget(order.payment()) + " by "
                + day(refundBy) + " at the latest.";
    }

    @Override
    String returnInTransit(Order order, OrderReturn r, String items) {
        return "Your return " + r.rma() + " (" + items + ") was registered on " + day(r.registeredOn())
                + " and hasn't reached our warehouse yet; return parcels take " + RETURN_TRANSIT.get(order.carrier()) + ". We refund "
                + money(order, r.amount()) + " to your " + refundTarget(order.payment()) + " within " + REFUND_BUSINESS_DAYS
                + " business days of its arrival.";
    }

    @Override
    String handOver(Order order, OrderReturn registered) {
        return "Please hand the parcel over at " + DROP_OFF.get(order.carrier()) + " by " + day(order.returnOpenUntil())
                + ", with the printed label or the QR code from your confirmation email. Once it reaches our warehouse, we refund "
                + money(order, registered.amount()) + " to your " + refundTarget(order.payment()) + " within " + REFUND_BUSINESS_DAYS
                + " business days.";
    }

    @Override
    String notIncluded(OrderItem item) {
        return "The " + item.name() + " isn't included: " + notReturnable(item.notReturnable()) + ".";
    }

    @Override
    String label(Order order, OrderReturn registered) {
        return "Your free " + order.carrier() + " label: " + labelUrl(registered);
    }

    @Override
    String refundIssued(Order order) {
        return "We've issued a refund of the full " + money(order, order.total()) + " to your " + refundTarget(order.payment()) + ".";
    }

    @Override
    String notDeliveredYet(Order order, boolean canCancel) {
        return "order " + order.number() + " hasn't been delivered yet (it's " + order.status().code()
                + "). The 30 days for returns start on the day it arrives. If you no longer want it, you can also refuse the delivery"
                + (canCancel ? ", or cancel it now, as it hasn't been packed yet." : ".");
    }

    @Override
    String returnTooLate(Order order) {
        return "order " + order.number() + " was delivered on " + day(order.deliveredOn())
                + ", so its 30-day return window closed on " + day(order.returnOpenUntil())
                + ". If something is faulty, our 2-year warranty still covers it, and a person from our team can help with a claim.";
    }

    @Override
    String nothingToReturn(Order order) {
        return "order " + order.number() + " was cancelled on " + day(order.cancelledOn())
                + ", so there's nothing to send back; the refund went to your " + refundTarget(order.payment()) + ".";
    }

    @Override
    String alreadyInReturn(OrderItem item, OrderReturn r) {
        return "the " + item.name() + " is already in return " + r.rma() + ".";
    }

    @Override
    String labelInEmail() {
        return "You'll find its label in your confirmation email, and I can check the refund for you.";
    }

    @Override
    String cannotBeReturned(OrderItem item) {
        return "the " + item.name() + " can't be returned because " + notReturnable(item.notReturnable()) + ".";
    }

    @Override
    String warrantyCoversIt() {
        return "If it's faulty, our 2-year warranty covers it: a person from our team can help.";
    }

    @Override
    String unknownItem(Order order) {
        return "I couldn't tell which item of order " + order.number() + " you mean. It contains " + items(order.items())
                + ". Please start the return again and name one of them, or say \"everything\".";
    }

    @Override
    String alreadyPacked(Order order) {
        return "it's already packed and waiting for the courier. Once it arrives, you can return it free of charge within "
                + "30 days, or simply refuse the delivery; either way you get your money back.";
    }

    @Override
    String alreadyShipped(Order order) {
        return "it left our warehouse with " + order.carrier() + " on " + day(order.shippedOn())
                + ". You can refuse the delivery, or return it free of charge within 30 days of arrival; either way you get your money back.";
    }

    @Override
    String alreadyDelivered(Order order) {
        return "it was already delivered on " + day(order.deliveredOn()) + ".";
    }

    @Override
    String windowClosedOn(Order order) {
        return "Its 30-day return window closed on " + day(order.returnOpenUntil()) + ".";
    }

    @Override
    String returnableUntil(Order order) {
        return "You can return it free of charge until " + day(order.returnOpenUntil()) + ".";
    }

    @Override
    String alreadyCancelled(Order order) {
        return "it was already cancelled on " + day(order.cancelledOn()) + ", and the full "
                + money(order, order.total()) + " went back to your " + refundTarget(order.payment()) + ".";
    }

    @Override
    String changeTaken(Order order) {
        return "Order " + order.number() + " hasn't been packed yet, so our warehouse team will make the change before "
                + "packing and confirm it by email within 2 hours. If it can't be done, they'll tell you and nothing else changes.";
    }

    @Override
    String noItemsNamed() {
        return "Send a JSON object whose \"item\" names the items to return (such as \"the boots\") or says \"everything\".";
    }

    @Override
    String noChangeGiven() {
        return "Send a JSON object whose \"change\" says what to change (such as \"the new address is 12 Elm Street, Leeds\").";
    }

    @Override
    String notAnOrderNumber(String text) {
        return "\"" + text + "\" is not an order number. Order numbers are NW- followed by 6 digits, like NW-123456.";
    }

    @Override
    String noSuchOrder(String number) {
        return "There's no order " + number + ". Order numbers are NW- followed by 6 digits; please check the order confirmation email.";
    }

    @Override
    String unreadableRequest() {
        return "the request could not be read";
    }

    @Override
    String noSuchEndpoint() {
        return "there is no such endpoint; the API has GET /orders/{number}, POST /orders/{number}/returns and POST /orders/{number}/cancel";
    }

    @Override
    String methodNotAllowed() {
        return "this endpoint does not take that method";
    }

    @Override
    String bodyTooLarge(long maxBytes) {
        return "the request body is larger than " + maxBytes + " bytes";
    }

    @Override
    String serviceFailed() {
        return "the order service failed; please try again";
    }
}
