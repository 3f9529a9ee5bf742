package dev.chatdesk.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.regex.Pattern;
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

    @Test
    void aChineseRequestGetsTheOrderInChineseWithTheSameFacts() throws Exception {
        JsonObject order = getIn("zh-CN", "/orders/NW-482913").bodyAsJsonObject();
        assertEquals("shipped", order.getString("status"));
        assertEquals("已发货", order.getString("statusLabel"));
        assertEquals("2025-06-12", order.getString("expectedDelivery"));
        assertEquals("Trailblazer Rain Jacket (Navy, M) 和 Merino Hiking Socks (Charcoal, 39-42) ×2", order.getString("itemSummary"));
        assertEquals("包裹已于6月9日（周一）由 DHL 发出，正在运输途中（运单号：00340434161094022115），预计6月12日（周四）送达。"
                + "物流跟踪链接：https://www.dhl.com/global-en/home/tracking.html?tracking-id=00340434161094022115", order.getString("statusDetail"));
    }

    @Test
    void anAcceptLanguageStartingWithZhGetsChineseAndAnyOtherEnglish() throws Exception {
        for (String chinese : List.of("zh", "zh-CN", "zh-TW", "zh-CN,zh;q=0.9,en;q=0.8")) {
            assertEquals("已发货", getIn(chinese, "/orders/NW-482913").bodyAsJsonObject().getString("statusLabel"), chinese);
        }
        JsonObject unasked = get("/orders/NW-482913").bodyAsJsonObject();
        assertEquals("Shipped", unasked.getString("statusLabel"));
        for (String other : List.of("en", "en-GB", "de-DE,zh;q=0.5", "*")) {
            assertEquals(unasked, getIn(other, "/orders/NW-482913").bodyAsJsonObject(), other);
        }
    }

    @Test
    void everyDemoOrderReadsInChineseWithoutEnglishWords() throws Exception {
        Pattern english = Pattern.compile("\\b(the|your|and|was|we|it|its|on|by|since|until|with|to|of)\\b", Pattern.CASE_INSENSITIVE);
        for (String number : List.of("NW-482913", "NW-305718", "NW-771204", "NW-119826", "NW-558120", "NW-640233", "NW-673015",
                "NW-902364", "NW-220917", "NW-384402", "NW-447281", "NW-518337", "NW-226540", "NW-830155", "NW-915572", "NW-667301")) {
            JsonObject order = getIn("zh-CN", "/orders/" + number).bodyAsJsonObject();
            for (String field : List.of("statusLabel", "statusDetail", "refundStatus", "itemSummary")) {
                String text = order.getString(field);
                assertFalse(english.matcher(text).find(), number + " " + field + ": " + text);
            }
            assertTrue(order.getString("statusDetail").contains("。"), number + ": " + order.getString("statusDetail"));
        }
    }

    @Test
    void aLateParcelIsCalledLateInChineseWithTheDayTheTeamCanInvestigate() throws Exception {
        String detail = getIn("zh-CN", "/orders/NW-830155").bodyAsJsonObject().getString("statusDetail");
        assertTrue(detail.contains("原本预计6月9日（周一）送达，现在已经延误了，非常抱歉。如果到6月12日（周四）还没有收到，我们的客服团队可以向 DHL 发起查件。"),
                detail);
    }

    @Test
    void aReturnRegisteredInChineseGetsChineseInstructions() throws Exception {
        HttpResponse<Buffer> response = postIn("zh-CN", "/orders/NW-915572/returns", new JsonObject().put("item", "everything").put("reason", "too small"));
        assertEquals(201, response.statusCode());
        JsonObject registered = response.bodyAsJsonObject();
        assertEquals("RMA-915572-1", registered.getString("rma"));
        assertEquals("Titan Camping Stove", registered.getString("itemSummary"));
        assertEquals("请在7月9日（周三）前把包裹交到任意 UPS Access Point 服务点或 UPS Store 门店，交件时贴好打印出来的退货面单，"
                + "或者出示确认邮件里的二维码就可以。包裹到达我们仓库后，我们会在 5 个工作日内把 79.00 美元退回您的银行卡。"
                + "Digital Gift Card 50 USD 不在这次退货范围内：电子礼品卡一经发出就不能退回。"
                + "您的免费 UPS 退货面单：https://returns.northwind-outfitters.example/labels/RMA-915572-1.pdf", registered.getString("instructions"));
    }

    @Test
    void refusalsGiveTheirReasonInChinese() throws Exception {
        assertEquals("订单 NW-902364 已于4月25日（周五）签收，30 天退货期已于5月25日（周日）结束。如果商品有质量问题，仍在我们的 2 年质保范围内，"
                + "人工客服可以帮您申请保修。", reason(postIn("zh-CN", "/orders/NW-902364/returns", new JsonObject().put("item", "tent"))));
        assertEquals("Embroidered Logo Cap 无法退货：这件商品按您的姓名缩写做了个性化定制。如果商品有质量问题，可以享受我们的 2 年质保，人工客服可以帮您处理。",
                reason(postIn("zh-CN", "/orders/NW-220917/returns", new JsonObject().put("item", "the cap"))));
        assertEquals("订单 NW-305718 还没有送达（目前状态：已接单）。30 天退货期从收货当天开始计算。如果您不想要了，也可以直接拒收，或者趁还没打包，现在就取消订单。",
                reason(postIn("zh-CN", "/orders/NW-305718/returns", new JsonObject().put("item", "shoes"))));
        assertEquals("包裹已于6月9日（周一）由 DHL 从我们仓库发出。您可以拒收，也可以在收货后 30 天内免费退货，两种方式都能拿回货款。",
                reason(postIn("zh-CN", "/orders/NW-482913/cancel", new JsonObject())));
        assertTrue(reason(postIn("zh-CN", "/orders/NW-640233/returns", new JsonObject().put("item", "the tent")))
                .startsWith("我没分清您说的是订单 NW-640233 里的哪件商品。这个订单里有 Summit GTX Hiking Boots (Brown, 43) 和 Trail Gaiters (Black, M)。"));
        assertEquals("没有找到订单 NW-123456。订单号是 NW- 加 6 位数字，麻烦您核对一下订单确认邮件。", reason(getIn("zh-CN", "/orders/NW-123456")));
    }

    @Test
    void aCancellationAndItsRefundAreExplainedInChinese() throws Exception {
        JsonObject cancelled = postIn("zh-CN", "/orders/NW-558120/cancel", new JsonObject()).bodyAsJsonObject();
        assertEquals("我们已为您发起全额退款 79.90 欧元，将原路退回您的 Klarna 账户。Klarna 会直接调整您的账单或分期金额，一般几个小时内就会更新。",
                cancelled.getString("refundNote"));
        assertEquals("订单已于6月11日（周三）取消，我们当天就把全部 79.90 欧元退回了您的 Klarna 账户。Klarna 会直接调整您的账单或分期金额，一般几个小时内就会更新。",
                getIn("zh-CN", "/orders/NW-558120").bodyAsJsonObject().getString("refundStatus"));
        assertEquals("It was cancelled on Wednesday 11 June and we refunded the full 79.90 EUR to your Klarna plan the same day. "
                + "Klarna updates your invoice or instalments directly, usually within a few hours.",
                get("/orders/NW-558120").bodyAsJsonObject().getString("refundStatus"));
    }

    @Test
    void aChangeAndARefundOnItsWayAreExplainedInChinese() throws Exception {
        assertEquals("订单 NW-305718 还没有打包，我们的仓库团队会在打包前帮您改好，并在 2 小时内发邮件确认。如果改不了，他们会通知您，订单的其他内容都保持不变。",
                postIn("zh-CN", "/orders/NW-305718/changes", new JsonObject().put("change", "size 43")).bodyAsJsonObject().getString("note"));
        assertEquals("退货单 RMA-518337-1 里的 Cascade Trail Running Shoes (Grey/Lime, 41) 已于6月9日（周一）寄到我们仓库。"
                + "我们最晚会在6月16日（周一）前把 119.95 欧元退回您的银行卡。", getIn("zh-CN", "/orders/NW-518337").bodyAsJsonObject().getString("refundStatus"));
    }

    private HttpResponse<Buffer> get(String path) throws Exception {
        return client.get(service.port(), "127.0.0.1", path).send().await(5, TimeUnit.SECONDS);
    }

    private HttpResponse<Buffer> post(String path, JsonObject body) throws Exception {
        return client.post(service.port(), "127.0.0.1", path).sendJsonObject(body).await(5, TimeUnit.SECONDS);
    }

    private HttpResponse<Buffer> getIn(String acceptLanguage, String path) throws Exception {
        return client.get(service.port(), "127.0.0.1", path).putHeader("Accept-Language", acceptLanguage).send().await(5, TimeUnit.SECONDS);
    }

    private HttpResponse<Buffer> postIn(String acceptLanguage, String path, JsonObject body) throws Exception {
        return client.post(service.port(), "127.0.0.1", path).putHeader("Accept-Language", acceptLanguage)
                .sendJsonObject(body).await(5, TimeUnit.SECONDS);
    }

    private static String reason(HttpResponse<Buffer> response) {
        return response.bodyAsJsonObject().getString("reason");
    }
}
