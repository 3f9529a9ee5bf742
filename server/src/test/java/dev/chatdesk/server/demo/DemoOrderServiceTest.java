package dev.chatdesk.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo order API over real HTTP, on a free port, on Wednesday 11 June 2025. */
@ExtendWith(VertxExtension.class)
class DemoOrderServiceTest {
    static final Clock WEDNESDAY_11_JUNE = Clock.fixed(Instant.parse("2025-06-11T08:00:00Z"), DemoOrderService.SHOP_ZONE);

    private DemoOrderService service;
    private WebClient client;

    @BeforeEach
    void start(Vertx vertx, VertxTestContext context) {
        service = new DemoOrderService(0, WEDNESDAY_11_JUNE);
        client = WebClient.create(vertx);
        vertx.deployVerticle(service).onComplete(context.succeedingThenComplete());
    }

    @Test
    void listensOnTheLoopbackAddressAtThePortItReports() {
        assertTrue(service.port() > 0);
        assertEquals("http://127.0.0.1:" + service.port(), service.baseUrl());
    }

    @Test
    void refusesAPortThatCannotExist() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DemoOrderService(70_000));
        assertTrue(e.getMessage().contains("70000"), e.getMessage());
    }

    @Test
    void findsAnOrderHoweverTheNumberIsTyped() throws Exception {
        for (String typed : List.of("NW-482913", "nw482913", "Nw%20482913", "482913")) {
            HttpResponse<Buffer> response = get("/orders/" + typed);
            assertEquals(200, response.statusCode(), typed);
            assertEquals("NW-482913", response.bodyAsJsonObject().getString("number"), typed);
        }
    }

    @Test
    void aShippedOrderGivesItsCarrierTrackingAndExpectedDelivery() throws Exception {
        JsonObject order = get("/orders/NW-482913").bodyAsJsonObject();
        assertEquals("shipped", order.getString("status"));
        assertEquals("DHL", order.getString("carrier"));
        assertEquals("00340434161094022115", order.getJsonObject("tracking").getString("number"));
        assertEquals("2025-06-12", order.getString("expectedDelivery"));
        assertEquals("Trailblazer Rain Jacket (Navy, M) and 2 × Merino Hiking Socks (Charcoal, 39-42)", order.getString("itemSummary"));
        assertEquals("162.90", order.getString("total"));
        assertTrue(order.getString("statusDetail").contains("Expected delivery: Thursday 12 June."), order.getString("statusDetail"));
    }

    @Test
    void aLateParcelIsCalledLate() throws Exception {
        String detail = get("/orders/NW-830155").bodyAsJsonObject().getString("statusDetail");
        assertTrue(detail.contains("running late"), detail);
    }

    @Test
    void anUnknownOrderIsNotFoundAndNamesTheNumber() throws Exception {
        HttpResponse<Buffer> response = get("/orders/nw-123456");
        assertEquals(404, response.statusCode());
        assertEquals("order_not_found", response.bodyAsJsonObject().getString("error"));
        assertEquals("NW-123456", response.bodyAsJsonObject().getString("number"));
    }

    @Test
    void somethingThatIsNotAnOrderNumberIsABadRequest() throws Exception {
        HttpResponse<Buffer> response = get("/orders/NW-12345");
        assertEquals(400, response.statusCode());
        assertEquals("invalid_order_number", response.bodyAsJsonObject().getString("error"));
    }

    @Test
    void aReturnWithinThirtyDaysIsRegisteredWithItsLabelAndRefund() throws Exception {
        HttpResponse<Buffer> response = post("/orders/NW-640233/returns", new JsonObject().put("item", "the boots").put("reason", "too small"));
        assertEquals(201, response.statusCode());
        JsonObject registered = response.bodyAsJsonObject();
        assertEquals("RMA-640233-1", registered.getString("rma"));
        assertEquals("Summit GTX Hiking Boots (Brown, 43)", registered.getString("itemSummary"));
        assertEquals("189.00", registered.getString("refundAmount"));
        assertEquals("2025-07-06", registered.getString("dropOffBy"));
        assertTrue(registered.getString("labelUrl").endsWith("/RMA-640233-1.pdf"));
        assertTrue(registered.getString("instructions").contains("by Sunday 6 July"), registered.getString("instructions"));
    }

    @Test
    void aRegisteredReturnShowsOnTheOrder() throws Exception {
        post("/orders/NW-640233/returns", new JsonObject().put("item", "boots").put("reason", "too small"));
        JsonObject order = get("/orders/NW-640233").bodyAsJsonObject();
        assertEquals("RMA-640233-1", order.getJsonArray("returns").getJsonObject(0).getString("rma"));
        assertTrue(order.getString("refundStatus").contains("hasn't reached our warehouse yet"), order.getString("refundStatus"));
    }

    @Test
    void returningEverythingLeavesOutWhatCannotBeReturnedAndSaysSo() throws Exception {
        JsonObject registered = post("/orders/NW-915572/returns", new JsonObject().put("item", "everything")).bodyAsJsonObject();
        assertEquals("Titan Camping Stove", registered.getString("itemSummary"));
        assertEquals("USD", registered.getString("currency"));
        assertTrue(registered.getString("instructions").contains("The Digital Gift Card 50 USD isn't included"), registered.getString("instructions"));
    }

    @Test
    void aReturnAfterThirtyDaysIsRefusedWithTheDayTheWindowClosed() throws Exception {
        HttpResponse<Buffer> response = post("/orders/NW-902364/returns", new JsonObject().put("item", "tent"));
        assertEquals(409, response.statusCode());
        assertEquals("return_window_closed", response.bodyAsJsonObject().getString("error"));
        assertTrue(response.bodyAsJsonObject().getString("reason").contains("closed on Sunday 25 May"),
                response.bodyAsJsonObject().getString("reason"));
    }

    @Test
    void aReturnOfAnOrderNotDeliveredYetIsRefused() throws Exception {
        HttpResponse<Buffer> response = post("/orders/NW-482913/returns", new JsonObject().put("item", "the jacket"));
        assertEquals(409, response.statusCode());
        assertEquals("not_delivered_yet", response.bodyAsJsonObject().getString("error"));
    }

    @Test
    void aPersonalisedItemCannotBeReturned() throws Exception {
        HttpResponse<Buffer> response = post("/orders/NW-220917/returns", new JsonObject().put("item", "the cap"));
        assertEquals(409, response.statusCode());
        assertEquals("not_returnable", response.bodyAsJsonObject().getString("error"));
        assertTrue(response.bodyAsJsonObject().getString("reason").contains("personalised with your initials"));
    }

    @Test
    void anItemCannotBeReturnedTwice() throws Exception {
        HttpResponse<Buffer> response = post("/orders/NW-447281/returns", new JsonObject().put("item", "rain pants"));
        assertEquals(409, response.statusCode());
        assertEquals("already_returned", response.bodyAsJsonObject().getString("error"));
        assertTrue(response.bodyAsJsonObject().getString("reason").contains("RMA-447281-1"));
    }

    @Test
    void aReturnNamingNoItemOfTheOrderIsABadRequestListingTheItems() throws Exception {
        HttpResponse<Buffer> response = post("/orders/NW-640233/returns", new JsonObject().put("item", "the tent"));
        assertEquals(400, response.statusCode());
        assertEquals("unknown_item", response.bodyAsJsonObject().getString("error"));
        assertTrue(response.bodyAsJsonObject().getString("reason").contains("Summit GTX Hiking Boots (Brown, 43) and Trail Gaiters (Black, M)"));
    }

    @Test
    void aReturnWithoutAJsonItemIsABadRequest() throws Exception {
        HttpResponse<Buffer> response = client.post(service.port(), "127.0.0.1", "/orders/NW-640233/returns")
                .sendBuffer(Buffer.buffer("item=boots")).await(5, TimeUnit.SECONDS);
        assertEquals(400, response.statusCode());
        assertEquals("invalid_request", response.bodyAsJsonObject().getString("error"));
    }

    @Test
    void anOrderNotPackedYetIsCancelledWithAFullRefund() throws Exception {
        HttpResponse<Buffer> response = post("/orders/NW-558120/cancel", new JsonObject());
        assertEquals(200, response.statusCode());
        JsonObject cancelled = response.bodyAsJsonObject();
        assertEquals("cancelled", cancelled.getString("status"));
        assertEquals("79.90", cancelled.getJsonObject("refund").getString("amount"));
        assertEquals("We've issued a refund of the full 79.90 EUR to your Klarna plan. "
                + "Klarna updates your invoice or instalments directly, usually within a few hours.", cancelled.getString("refundNote"));
        assertEquals("cancelled", get("/orders/NW-558120").bodyAsJsonObject().getString("status"));
    }

    @Test
    void aCancellationNeedsNoBody() throws Exception {
        HttpResponse<Buffer> response = client.post(service.port(), "127.0.0.1", "/orders/NW-305718/cancel").send().await(5, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
    }

    @Test
    void aShippedOrderCannotBeCancelled() throws Exception {
        HttpResponse<Buffer> response = post("/orders/NW-482913/cancel", new JsonObject());
        assertEquals(409, response.statusCode());
        assertEquals("already_shipped", response.bodyAsJsonObject().getString("error"));
        assertTrue(response.bodyAsJsonObject().getString("reason").startsWith("it left our warehouse with DHL on Monday 9 June"));
    }

    @Test
    void aPackedOrderCannotBeCancelled() throws Exception {
        HttpResponse<Buffer> response = post("/orders/NW-119826/cancel", new JsonObject());
        assertEquals(409, response.statusCode());
        assertEquals("already_packed", response.bodyAsJsonObject().getString("error"));
    }

    @Test
    void cancellingAnOrderUnknownToTheShopIsNotFound() throws Exception {
        assertEquals(404, post("/orders/NW-000001/cancel", new JsonObject()).statusCode());
    }

    @Test
    void ofManySimultaneousCancellationsExactlyOneSucceeds() throws Exception {
        List<Future<HttpResponse<Buffer>>> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            requests.add(client.post(service.port(), "127.0.0.1", "/orders/NW-667301/cancel").send());
        }
        Future.all(requests).await(5, TimeUnit.SECONDS);
        List<Integer> statuses = requests.stream().map(r -> r.result().statusCode()).sorted().toList();
        assertEquals(List.of(200, 409, 409, 409, 409, 409, 409, 409, 409, 409), statuses);
    }

    @Test
    void anUnknownEndpointAnswersWithJson() throws Exception {
        HttpResponse<Buffer> response = get("/customers/42");
        assertEquals(404, response.statusCode());
        assertEquals("http_404", response.bodyAsJsonObject().getString("error"));
    }

    private HttpResponse<Buffer> get(String path) throws Exception {
        return client.get(service.port(), "127.0.0.1", path).send().await(5, TimeUnit.SECONDS);
    }

    private HttpResponse<Buffer> post(String path, JsonObject body) throws Exception {
        return client.post(service.port(), "127.0.0.1", path).sendJsonObject(body).await(5, TimeUnit.SECONDS);
    }
}
