package dev.chatdesk.server.demo;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON bodies of the order API. Amounts are strings with two decimals (as in Shopify's API), so
 * they read the same in a bot text as on an invoice; dates are ISO days; the sentences for the
 * customer are in the language of the given {@link OrderTexts}.
 */
final class OrderJson {
    private OrderJson() {}

    /** An order as {@code GET /orders/{number}} shows it. */
    static JsonObject order(OrderTexts texts, Order order, LocalDate today) {
        JsonObject json = new JsonObject()
                .put("number", order.number())
                .put("status", order.status().code())
                .put("statusLabel", texts.statusLabel(order.status()))
                .put("statusDetail", texts.statusDetail(order, today))
                .put("refundStatus", texts.refundStatus(order, today))
                .put("placedOn", order.placedOn().toString())
                .put("country", order.country())
                .put("shipping", order.express() ? "express" : "standard")
                .put("payment", order.payment().code())
                .put("items", items(order, order.items()))
                .put("itemSummary", texts.items(order.items()))
                .put("shippingFee", Order.twoDecimals(order.shippingFee()))
                .put("total", Order.twoDecimals(order.total()))
                .put("currency", order.currency())
                .put("carrier", order.carrier());
        putDay(json, "shippedOn", order.shippedOn());
        putDay(json, "expectedDelivery", order.expectedDelivery());
        putDay(json, "deliveredOn", order.deliveredOn());
        putDay(json, "returnOpenUntil", order.returnOpenUntil());
        putDay(json, "cancelledOn", order.cancelledOn());
        if (order.trackingNumber() != null) {
            json.put("tracking", new JsonObject().put("number", order.trackingNumber()).put("url", order.trackingUrl()));
        }
        JsonArray returns = new JsonArray();
        order.returns().forEach(r -> returns.add(orderReturn(order, r)));
        return json.put("returns", returns);
    }

    /** The answer to a registered return: its number, label, refund and what to do next. */
    static JsonObject registered(OrderTexts texts, Order order, OrderReturn registered) {
        List<OrderItem> items = registered.skus().stream().map(order::item).toList();
        return orderReturn(order, registered)
                .put("number", order.number())
                .put("itemSummary", texts.items(items))
                .put("carrier", order.carrier())
                .put("labelUrl", OrderTexts.labelUrl(registered))
                .put("dropOffBy", order.returnOpenUntil().toString())
                .put("instructions", texts.returnInstructions(order, registered));
    }

    /** The answer to a cancellation: the order and its refund. */
    static JsonObject cancelled(OrderTexts texts, Order order) {
        return new JsonObject()
                .put("number", order.number())
                .put("status", order.status().code())
                .put("cancelledOn", order.cancelledOn().toString())
                .put("refund", new JsonObject()
                        .put("amount", Order.twoDecimals(order.total()))
                        .put("currency", order.currency())
                        .put("to", order.payment().code()))
                .put("refundNote", texts.cancellationRefund(order));
    }

    /** The answer to a change taken for the warehouse team. */
    static JsonObject changeTaken(OrderTexts texts, Order order, String change) {
        return new JsonObject()
                .put("number", order.number())
                .put("status", order.status().code())
                .put("change", change)
                .put("note", texts.changeTaken(order));
    }

    /** A refusal: its code, the order's number and status, and the reason in a sentence. */
    static JsonObject refused(OrderTexts texts, Refusal refusal, Order order, List<OrderItem> items, LocalDate today) {
        return new JsonObject()
                .put("error", refusal.code())
                .put("number", order.number())
                .put("status", order.status().code())
                .put("items", items(order, items))
                .put("reason", texts.refusal(refusal, order, items, today));
    }

    /** An error that concerns no order the shop has: unknown number, bad request, unknown endpoint. */
    static JsonObject error(String code, String number, String reason) {
        JsonObject json = new JsonObject().put("error", code);
        if (number != null) {
            json.put("number", number);
        }
        return json.put("reason", reason);
    }

    private static JsonObject orderReturn(Order order, OrderReturn r) {
        JsonObject json = new JsonObject()
                .put("rma", r.rma())
                .put("items", new JsonArray(r.skus()))
                .put("reason", r.reason())
                .put("registeredOn", r.registeredOn().toString())
                .put("refundAmount", Order.twoDecimals(r.amount()))
                .put("currency", order.currency());
        putDay(json, "receivedOn", r.receivedOn());
        putDay(json, "refundedOn", r.refundedOn());
        return json;
    }

    private static JsonArray items(Order order, List<OrderItem> items) {
        JsonArray array = new JsonArray();
        for (OrderItem item : items) {
            JsonObject json = new JsonObject()
                    .put("sku", item.sku())
                    .put("name", item.name())
                    .put("quantity", item.quantity())
                    .put("price", Order.twoDecimals(item.price()))
                    .put("returnable", item.returnable())
                    .put("returned", order.returnOf(item).isPresent());
            if (item.colour() != null) {
                json.put("colour", item.colour());
            }
            if (item.size() != null) {
                json.put("size", item.size());
            }
            array.add(json);
        }
        return array;
    }

    private static void putDay(JsonObject json, String key, LocalDate day) {
        if (day != null) {
            json.put(key, day.toString());
        }
    }
}
