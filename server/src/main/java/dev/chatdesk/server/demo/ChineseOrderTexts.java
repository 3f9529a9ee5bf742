package dev.chatdesk.server.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The order API's sentences in Simplified Chinese, for requests whose {@code Accept-Language} starts
 * with {@code zh}: as the shop's customer service writes them, with full-width punctuation and days
 * such as {@code 6月12日（周四）}; product names, colours and sizes stay as the shop names them.
 */
final class ChineseOrderTexts extends OrderTexts {
    private static final Map<String, String> CURRENCIES = Map.of("EUR", "欧元", "GBP", "英镑", "USD", "美元");
    private static final Map<String, String> DROP_OFF = Map.of(
            "UPS", "任意 UPS Access Point 服务点或 UPS Store 门店",
            "DHL", "任意 DHL Service Point 服务点、Packstation 自助包裹站或可寄 DHL 包裹的邮局");
    private static final Map<String, String> RETURN_TRANSIT = Map.of(
            "UPS", "从美国和加拿大寄回的退货包裹一般需要 5-10 个工作日",
            "DHL", "从欧盟和英国寄回的退货包裹一般需要 2-5 个工作日");

    /** The Chinese texts. */
    ChineseOrderTexts() {
        super(DateTimeFormatter.ofPattern("M月d日（E）", Locale.SIMPLIFIED_CHINESE), "", "、", " 和 ");
    }

    @Override
    String money(String amount, String currency) {
        return amount + " " + CURRENCIES.getOrDefault(currency, currency);
    }

    @Override
    String quantity(int quantity, String product) {
        return product + " ×" + quantity;
    }

    @Override
    String statusLabel(OrderStatus status) {
        return switch (status) {
            case RECEIVED -> "已接单";
            case PACKED -> "已打包";
            case SHIPPED -> "已发货";
            case DELIVERED -> "已签收";
            case CANCELLED -> "已取消";
        };
    }

    @Override
    String refundTarget(PaymentMethod method) {
        return switch (method) {
            case CARD -> "您的银行卡";
            case APPLE_PAY -> "您 Apple Pay 绑定的银行卡";
            case PAYPAL -> "您的 PayPal 账户";
            case KLARNA -> "您的 Klarna 账户";
            case GIFT_CARD -> "您的礼品卡";
        };
    }

    @Override
    String refundArrival(PaymentMethod method) {
        return switch (method) {
            case CARD, APPLE_PAY -> "银行入账可能还需要 3-5 个工作日。";
            case PAYPAL -> "PayPal 退款通常在发起后 24 小时内到账。";
            case KLARNA -> "Klarna 会直接调整您的账单或分期金额，一般几个小时内就会更新。";
            case GIFT_CARD -> "退款一经发起，就会马上退回礼品卡里。";
        };
    }

    @Override
    String notReturnable(ReturnExclusion exclusion) {
        return switch (exclusion) {
            case PERSONALISED -> "这件商品按您的姓名缩写做了个性化定制";
            case DIGITAL_GIFT_CARD -> "电子礼品卡一经发出就不能退回";
        };
    }

    @Override
    String received(Order order) {
        return "我们已经收到您的订单，目前还没有打包，所以还可以修改或取消。预计" + day(order.expectedDelivery()) + "前由 "
                + order.carrier() + " 送达（" + (order.express() ? "加急配送" : "标准配送") + "）。";
    }

    @Override
    String packed(Order order) {
        return "您的订单已经打包好，正在等 " + order.carrier() + " 快递员上门揽收，所以已经无法修改或取消了。"
                + "包裹发出后，我们会第一时间给您发送带物流跟踪链接的邮件，预计" + day(order.expectedDelivery()) + "送达。";
    }

    @Override
    String onItsWay(Order order) {
        return "包裹已于" + day(order.shippedOn()) + "由 " + order.carrier() + " 发出，正在运输途中（运单号："
                + order.trackingNumber() + "），预计" + day(order.expectedDelivery()) + "送达。";
    }

    @Override
    String late(Order order) {
        return "包裹已于" + day(order.shippedOn()) + "由 " + order.carrier() + " 从我们仓库发出（运单号：" + order.trackingNumber()
                + "），原本预计" + day(order.expectedDelivery()) + "送达，现在已经延误了，非常抱歉。";
    }

    @Override
    String investigationFrom(Order order, LocalDate day) {
        return "如果到" + day(day) + "还没有收到，我们的客服团队可以向 " + order.carrier() + " 发起查件。";
    }

    @Override
    String investigationNow(Order order) {
        return "包裹现在已经延误超过 " + LATE_DAYS_BEFORE_INVESTIGATION + " 个工作日，我们的客服团队可以向 " + order.carrier()
                + " 发起查件；如果包裹丢失，我们会为您补发或退款。";
    }

    @Override
    String trackingLink(Order order) {
        return "物流跟踪链接：" + order.trackingUrl();
    }

    @Override
    String delivered(Order order) {
        return order.carrier() + " 已于" + day(order.deliveredOn()) + "将包裹送达。";
    }

    @Override
    String returnRegistered(OrderReturn r, String items) {
        return "退货单 " + r.rma() + " 已于" + day(r.registeredOn()) + "登记，退回商品：" + items + "。";
    }

    @Override
    String returnWindowClosed(Order order) {
        return "30 天退货期已于" + day(order.returnOpenUntil()) + "结束，不过如果商品有质量问题，仍在我们的 2 年质保范围内。";
    }

    @Override
    String returnWindowOpen(Order order) {
        return "如果有什么不满意，" + day(order.returnOpenUntil()) + "前都可以免费退货。";
    }

    @Override
    String cancelled(Order order) {
        return "订单已于" + day(order.cancelledOn()) + "取消，全部 " + money(order, order.total()) + "已退回"
                + refundTarget(order.payment()) + "。";
    }

    @Override
    String refundedOnCancellation(Order order) {
        return "订单已于" + day(order.cancelledOn()) + "取消，我们当天就把全部 " + money(order, order.total()) + "退回了"
                + refundTarget(order.payment()) + "。";
    }

    @Override
    String noRefund() {
        return "这个订单目前没有登记退货或取消，所以没有待到账的退款。"
                + "如果您没有用我们退货页面生成的面单就把商品寄回了，请转人工客服，我们帮您追查包裹。";
    }

    @Override
    String returnRefunded(Order order, OrderReturn r, String items) {
        return "退货单 " + r.rma() + " 里的 " + items + "，退款 " + money(order, r.amount()) + "已于" + day(r.refundedOn())
                + "退回" + refundTarget(order.payment()) + "。";
    }

    @Override
    String returnArrived(Order order, OrderReturn r, String items, LocalDate refundBy) {
        return "退货单 " + r.rma() + " 里的 " + items + " 已于" + day(r.receivedOn()) + "寄到我们仓库。我们最晚会在"
                + day(refundBy) + "前把 " + money(order, r.amount()) + "退回" + refundTarget(order.payment()) + "。";
    }

    @Override
    String returnInTransit(Order order, OrderReturn r, String items) {
        return "退货单 " + r.rma() + " 里的 " + items + " 已于" + day(r.registeredOn()) + "登记退货，目前还没有寄到我们仓库；"
                + RETURN_TRANSIT.get(order.carrier()) + "。包裹到仓后 " + REFUND_BUSINESS_DAYS + " 个工作日内，我们会把 "
                + money(order, r.amount()) + "退回" + refundTarget(order.payment()) + "。";
    }

    @Override
    String handOver(Order order, OrderReturn registered) {
        return "请在" + day(order.returnOpenUntil()) + "前把包裹交到" + DROP_OFF.get(order.carrier())
                + "，交件时贴好打印出来的退货面单，或者出示确认邮件里的二维码就可以。包裹到达我们仓库后，我们会在 "
                + REFUND_BUSINESS_DAYS + " 个工作日内把 " + money(order, registered.amount()) + "退回" + refundTarget(order.payment()) + "。";
    }

    @Override
    String notIncluded(OrderItem item) {
        return item.name() + " 不在这次退货范围内：" + notReturnable(item.notReturnable()) + "。";
    }

    @Override
    String label(Order order, OrderReturn registered) {
        return "您的免费 " + order.carrier() + " 退货面单：" + labelUrl(registered);
    }

    @Override
    String refundIssued(Order order) {
        return "我们已为您发起全额退款 " + money(order, order.total()) + "，将原路退回" + refundTarget(order.payment()) + "。";
    }

    @Override
    String notDeliveredYet(Order order, boolean canCancel) {
        return "订单 " + order.number() + " 还没有送达（目前状态：" + statusLabel(order.status())
                + "）。30 天退货期从收货当天开始计算。如果您不想要了，也可以直接拒收"
                + (canCancel ? "，或者趁还没打包，现在就取消订单。" : "。");
    }

    @Override
    String returnTooLate(Order order) {
        return "订单 " + order.number() + " 已于" + day(order.deliveredOn()) + "签收，30 天退货期已于" + day(order.returnOpenUntil())
                + "结束。如果商品有质量问题，仍在我们的 2 年质保范围内，人工客服可以帮您申请保修。";
    }

    @Override
    String nothingToReturn(Order order) {
        return "订单 " + order.number() + " 已于" + day(order.cancelledOn()) + "取消，没有需要寄回的商品；退款已经退回"
                + refundTarget(order.payment()) + "。";
    }

    @Override
    String alreadyInReturn(OrderItem item, OrderReturn r) {
        return item.name() + " 已经在退货单 " + r.rma() + " 里了。";
    }

    @Override
    String labelInEmail() {
        return "退货面单在您的确认邮件里；需要的话，我也可以帮您查一下退款进度。";
    }

    @Override
    String cannotBeReturned(OrderItem item) {
        return item.name() + " 无法退货：" + notReturnable(item.notReturnable()) + "。";
    }

    @Override
    String warrantyCoversIt() {
        return "如果商品有质量问题，可以享受我们的 2 年质保，人工客服可以帮您处理。";
    }

    @Override
    String unknownItem(Order order) {
        return "我没分清您说的是订单 " + order.number() + " 里的哪件商品。这个订单里有 " + items(order.items())
                + "。请重新申请退货，说出其中一件商品，或者回复“整单退货”。";
    }

    @Override
    String alreadyPacked(Order order) {
        return "订单已经打包好，正在等快递员揽收。包裹送到后，您可以在 30 天内免费退货，也可以直接拒收，两种方式都能拿回货款。";
    }

    @Override
    String alreadyShipped(Order order) {
        return "包裹已于" + day(order.shippedOn()) + "由 " + order.carrier()
                + " 从我们仓库发出。您可以拒收，也可以在收货后 30 天内免费退货，两种方式都能拿回货款。";
    }

    @Override
    String alreadyDelivered(Order order) {
        return "订单已于" + day(order.deliveredOn()) + "送达。";
    }

    @Override
    String windowClosedOn(Order order) {
        return "30 天退货期已于" + day(order.returnOpenUntil()) + "结束。";
    }

    @Override
    String returnableUntil(Order order) {
        return day(order.returnOpenUntil()) + "前都可以免费退货。";
    }

    @Override
    String alreadyCancelled(Order order) {
        return "订单已于" + day(order.cancelledOn()) + "取消，全部 " + money(order, order.total()) + "已经退回"
                + refundTarget(order.payment()) + "。";
    }

    @Override
    String changeTaken(Order order) {
        return "订单 " + order.number() + " 还没有打包，我们的仓库团队会在打包前帮您改好，并在 2 小时内发邮件确认。"
                + "如果改不了，他们会通知您，订单的其他内容都保持不变。";
    }

    @Override
    String noItemsNamed() {
        return "请发送一个 JSON 对象，用 \"item\" 写明要退的商品（例如 \"the boots\"），或者写 \"everything\"。";
    }

    @Override
    String noChangeGiven() {
        return "请发送一个 JSON 对象，用 \"change\" 写明要修改的内容（例如 \"the new address is 12 Elm Street, Leeds\"）。";
    }

    @Override
    String notAnOrderNumber(String text) {
        return "“" + text + "”不是订单号。订单号是 NW- 加 6 位数字，例如 NW-123456。";
    }

    @Override
    String noSuchOrder(String number) {
        return "没有找到订单 " + number + "。订单号是 NW- 加 6 位数字，麻烦您核对一下订单确认邮件。";
    }

    @Override
    String unreadableRequest() {
        return "无法读取该请求。";
    }

    @Override
    String noSuchEndpoint() {
        return "没有这个接口；本 API 提供 GET /orders/{number}、POST /orders/{number}/returns 和 POST /orders/{number}/cancel。";
    }

    @Override
    String methodNotAllowed() {
        return "这个接口不支持该请求方法。";
    }

    @Override
    String bodyTooLarge(long maxBytes) {
        return "请求内容超过了 " + maxBytes + " 字节。";
    }

    @Override
    String serviceFailed() {
        return "订单服务出错了，请稍后再试。";
    }
}
