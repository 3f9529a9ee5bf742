package dev.chatdesk.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.core.bot.BotLanguages;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.dialogue.Decision;
import dev.chatdesk.core.dialogue.DialogueManager;
import dev.chatdesk.core.dialogue.DialogueState;
import dev.chatdesk.core.nlu.IntentScore;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.core.nlu.Sentiment;
import dev.chatdesk.core.nlu.SentimentLabel;
import dev.chatdesk.server.app.HttpActionClient;
import dev.chatdesk.server.testing.NoArticles;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Conversations with the demo shop bot whose flows call the real demo order service, on Wednesday
 * 11 June 2025, in English and in Chinese. The model's reading of each message is given, so only
 * the bot and the service are tested.
 */
@ExtendWith(VertxExtension.class)
class DemoShopConversationTest {
    private static final Pattern UNFILLED = Pattern.compile("\\{[A-Za-z_][A-Za-z0-9_.]*}");

    private BotLanguages bots;
    private DemoOrderService service;
    private DialogueState state;
    private DialogueManager manager;

    @BeforeEach
    void start(Vertx vertx, VertxTestContext context) throws Exception {
        bots = BotDirectory.loadLanguages(DemoShopBotTest.DEMO_SHOP);
        service = new DemoOrderService(0, DemoOrderServiceTest.WEDNESDAY_11_JUNE);
        state = DialogueState.INITIAL;
        vertx.deployVerticle(service).onComplete(context.succeeding(id -> {
            manager = managerCalling(service.baseUrl());
            context.completeNow();
        }));
    }

    @Test
    void tracksAShippedOrderWithCarrierTrackingAndExpectedDelivery() {
        assertEquals("Order NW-482913 (Trailblazer Rain Jacket (Navy, M) and 2 × Merino Hiking Socks (Charcoal, 39-42)): "
                + "It's on its way with DHL since Monday 9 June (tracking number 00340434161094022115). Expected delivery: Thursday 12 June. "
                + "Follow it here: https://www.dhl.com/global-en/home/tracking.html?tracking-id=00340434161094022115",
                say("where is my order NW-482913?", "order_status"));
    }

    @Test
    void asksForTheNumberAgainWhenTheAnswerIsNotOne() {
        assertTrue(say("where is my parcel", "order_status").startsWith("I can check that for you. What's your order number?"));
        assertTrue(answer("12345").startsWith("\"12345\" doesn't look like one of our order numbers. They're NW- followed by 6 digits"));
        assertTrue(answer("oh sorry, nw 771204").startsWith("Order NW-771204 (Polar Down Sleeping Bag"));
    }

    @Test
    void saysWhenNoOrderHasTheNumber() {
        assertTrue(say("track NW-123456", "order_status").startsWith("I couldn't find an order NW-123456."));
    }

    @Test
    void registersAReturnAfterAskingWhatWhyAndForAConfirmation() {
        assertTrue(say("I want to return something from NW-640233", "return_item").startsWith("Which item would you like to send back?"));
        assertTrue(answer("the boots").startsWith("Why are you returning it?"));
        assertEquals("To confirm: I'll register a return of \"Summit GTX Hiking Boots (Brown, 43)\" from order NW-640233 (reason: too small) and send you a free "
                + "return label. Shall I go ahead?", answer("Too small"));
        String done = say("yes", "affirm");
        assertEquals("Done! Your return RMA-640233-1 is registered for Summit GTX Hiking Boots (Brown, 43). Please hand the parcel over "
                + "at any DHL Service Point, Packstation or post office that takes DHL parcels by Sunday 6 July, with the printed label or "
                + "the QR code from your confirmation email. Once it reaches our warehouse, we refund 189.00 EUR to your card within "
                + "5 business days. Your free DHL label: https://returns.northwind-outfitters.example/labels/RMA-640233-1.pdf", done);
    }

    @Test
    void refusesAReturnOutsideTheThirtyDaysAndSaysWhenTheyEnded() {
        say("return NW-902364", "return_item");
        answer("the tent");
        answer("changed my mind");
        assertTrue(say("yes", "affirm").startsWith("I'm sorry, I can't register that return: order NW-902364 was delivered on "
                + "Friday 25 April, so its 30-day return window closed on Sunday 25 May."));
    }

    @Test
    void aReturnDeclinedAtTheConfirmationIsNotRegistered() {
        say("return NW-673015", "return_item");
        answer("the 34/32 pants");
        answer("too big");
        assertTrue(say("no", "deny").startsWith("Okay, I haven't registered anything."));
        assertTrue(say("refund status NW-673015", "refund_status").startsWith("Order NW-673015: There's no return or cancellation registered"));
    }

    @Test
    void cancelsAnOrderNotPackedYetAndSaysWhereTheRefundGoes() {
        assertTrue(say("cancel NW-558120 please", "cancel_order").startsWith("Just to be sure: shall I cancel the whole of order NW-558120?"));
        assertEquals("Done: order NW-558120 is cancelled. We've issued a refund of the full 79.90 EUR to your Klarna plan. "
                + "Klarna updates your invoice or instalments directly, usually within a few hours. "
                + "You'll also get a cancellation confirmation by email.", say("yes", "affirm"));
    }

    @Test
    void explainsWhyAShippedOrderCannotBeCancelled() {
        say("cancel my order NW-482913", "cancel_order");
        assertTrue(say("yes", "affirm").startsWith("I'm sorry, order NW-482913 can't be cancelled: it left our warehouse with DHL on Monday 9 June. "
                + "You can refuse the delivery"));
    }

    @Test
    void tellsWhenTheRefundOfAReturnThatArrivedWillBeIssued() {
        assertEquals("Order NW-518337: Your return RMA-518337-1 (Cascade Trail Running Shoes (Grey/Lime, 41)) arrived at our warehouse on "
                + "Monday 9 June. We'll issue the refund of 119.95 EUR to your card by Monday 16 June at the latest.",
                say("where is my refund for NW-518337", "refund_status"));
    }

    @Test
    void saysSoWhenTheOrderSystemCannotBeReached() {
        manager = managerCalling("http://127.0.0.1:1");
        assertTrue(say("where is NW-482913", "order_status").startsWith("Sorry, I can't reach our order system right now."));
    }

    @Test
    void takesTheOrderAndTheItemFromTheFirstMessageAndAsksOnlyWhy() {
        assertTrue(say("I want to return the boots from NW-640233", "return_item").startsWith("Why are you returning it?"));
        assertTrue(answer("they're a size too small").startsWith("To confirm: I'll register a return of \"Summit GTX Hiking Boots (Brown, 43)\""));
    }

    @Test
    void offersTheOrdersOwnItemsAsButtonsAndTellsPantsOfTwoSizesApart() {
        Decision asked = manager.respond(state, "return NW-673015", nlu("return_item", 0.95));
        state = asked.state();
        List<String> buttons = asked.replies().get(0).quickReplies().stream().map(q -> q.title()).toList();
        assertEquals(List.of("Ridgeline Hiking Pants (Olive, 32/32)", "Ridgeline Hiking Pants (Olive, 34/32)",
                "Everyday Organic T-Shirt (White, L)", "Everything"), buttons);
        answer("the 34/32 pants");
        assertTrue(answer("too big").contains("\"Ridgeline Hiking Pants (Olive, 34/32)\""));
    }

    @Test
    void aCorrectedOrderNumberReplacesTheOldOneAndItsItems() {
        say("I'd like to return something from NW-640233", "return_item");
        String asked = answer("sorry, wrong order, it's NW-220917");
        assertTrue(asked.startsWith("Which item would you like to send back?"), asked);
        assertTrue(answer("the backpack").startsWith("Why are you returning it?"));
        assertEquals("NW-220917", state.flow().slots().get("order_number"));
    }

    @Test
    void anUnknownOrderIsSaidBeforeAskingForItsItems() {
        String reply = say("return NW-123456", "return_item");
        assertTrue(reply.startsWith("I couldn't find an order NW-123456."), reply);
        assertTrue(answer("NW-640233").startsWith("Which item would you like to send back?"));
    }

    @Test
    void anAddressChangeGivenWithTheOrderNumberIsTakenNotDropped() {
        assertTrue(say("can I change the delivery address on my order?", "change_order").contains("What's the order number?"));
        String reply = answer("NW-771204, the new address is 12 Elm Street");
        assertTrue(reply.startsWith("I'm sorry, order NW-771204 can't be changed any more: it left our warehouse with UPS"), reply);
    }

    @Test
    void anOrderThatHasShippedIsSaidToBeTooLateBeforeAskingWhatToChange() {
        String reply = say("can I change the address on NW-771204?", "change_order");
        assertTrue(reply.startsWith("I'm sorry, order NW-771204 can't be changed any more: it left our warehouse with UPS"), reply);
        assertEquals(null, state.flow());
    }

    @Test
    void aChangeOfAnOrderNotPackedYetGoesToTheWarehouseTeam() {
        say("i need to change something on NW-558120", "change_order");
        String reply = answer("please send it to 4 Mill Lane, Bristol BS1 4DJ instead");
        assertTrue(reply.startsWith("Thanks, I've passed your change to our warehouse team: \"please send it to 4 Mill Lane, Bristol BS1 4DJ instead\"."), reply);
    }

    @Test
    void aDamagedItemIsNotedWithItsOrderItemAndProblemThenHandedToAPerson() {
        assertTrue(say("my new boots are damaged, the sole came off", "damaged_item").contains("Which order was it?"));
        Decision done = manager.respond(state, "NW-640233", nlu("out_of_scope", 0.2));
        assertEquals("Thank you. I've noted it for our team: Summit GTX Hiking Boots (Brown, 43) from order NW-640233: "
                + "\"my new boots are damaged, the sole came off\". A colleague will arrange a free replacement or a full refund, "
                + "and may ask you for a photo of the damage; you won't pay for any return shipping.", done.replies().get(0).text());
        assertEquals(EscalationReason.RULE, done.escalation().reason());
        assertEquals("damaged item", done.escalation().detail());
    }

    @Test
    void stopLeavesTheFlow() {
        say("cancel my order", "cancel_order");
        assertTrue(answer("stop").startsWith("Okay, I've stopped that."));
        assertEquals(null, state.flow());
    }

    @Test
    void handsAccountDeletionToAPerson() {
        Decision decision = manager.respond(state, "please delete my account", nlu("delete_account", 0.95));
        assertEquals(EscalationReason.RULE, decision.escalation().reason());
        assertEquals("account deletion", decision.escalation().detail());
    }

    @Test
    void tracksAnOrderInChineseWithTheOrderApisChineseSentences() {
        state = state.inLanguage(Language.ZH);
        assertEquals("您的订单 NW-482913 里有 Trailblazer Rain Jacket (Navy, M) 和 Merino Hiking Socks (Charcoal, 39-42) ×2。"
                + "最新状态：包裹已于6月9日（周一）由 DHL 发出，正在运输途中（运单号：00340434161094022115），预计6月12日（周四）送达。"
                + "物流跟踪链接：https://www.dhl.com/global-en/home/tracking.html?tracking-id=00340434161094022115",
                say("帮我查一下订单 NW-482913 到哪了", "order_status"));
    }

    @Test
    void registersAReturnInChineseWithChineseInstructions() {
        state = state.inLanguage(Language.ZH);
        assertTrue(say("我想退订单 NW-640233 里的东西", "return_item").startsWith("您想退哪件商品呢？"));
        assertTrue(answer("Summit GTX Hiking Boots (Brown, 43)").startsWith("请问退货的原因是什么呢？"));
        assertTrue(answer("尺码偏小").startsWith("跟您确认一下"));
        assertEquals("退货登记好了！退货单号：RMA-640233-1，退回商品：Summit GTX Hiking Boots (Brown, 43)。"
                + "请在7月6日（周日）前把包裹交到任意 DHL Service Point 服务点、Packstation 自助包裹站或可寄 DHL 包裹的邮局，"
                + "交件时贴好打印出来的退货面单，或者出示确认邮件里的二维码就可以。包裹到达我们仓库后，我们会在 5 个工作日内把 189.00 欧元退回您的银行卡。"
                + "您的免费 DHL 退货面单：https://returns.northwind-outfitters.example/labels/RMA-640233-1.pdf", say("是的", "affirm"));
    }

    @Test
    void cancelsAnOrderInChineseAndSaysWhereTheRefundGoes() {
        state = state.inLanguage(Language.ZH);
        assertTrue(say("帮我取消订单 NW-558120", "cancel_order").startsWith("跟您确认一下：要把订单 NW-558120 整单取消吗？"));
        assertEquals("订单 NW-558120 已经为您取消了。我们已为您发起全额退款 79.90 欧元，将原路退回您的 Klarna 账户。"
                + "Klarna 会直接调整您的账单或分期金额，一般几个小时内就会更新。取消确认邮件也会发到您的邮箱。", say("是的", "affirm"));
    }

    @Test
    void saysInChineseWhyAShippedOrderCanNoLongerBeChanged() {
        state = state.inLanguage(Language.ZH);
        String reply = say("我想改一下 NW-771204 的收货地址", "change_order");
        assertTrue(reply.startsWith("很抱歉，订单 NW-771204 已经无法修改了。包裹已于6月11日（周三）由 UPS 从我们仓库发出。您可以拒收，"), reply);
    }

    private DialogueManager managerCalling(String orderApi) {
        BotLanguages pointed = bots.withSettings(settings -> settings.withVariables(Map.of("orderApi", orderApi)));
        return new DialogueManager(pointed, new NoArticles(), new HttpActionClient(), null, new Random(7));
    }

    /** The bot's one reply to a message the model read as the given intent. */
    private String say(String text, String intent) {
        Decision decision = manager.respond(state, text, nlu(intent, 0.95));
        state = decision.state();
        assertEquals(1, decision.replies().size(), decision.replies().toString());
        String reply = decision.replies().get(0).text();
        assertFalse(UNFILLED.matcher(reply).find(), "unfilled placeholder in: " + reply);
        return reply;
    }

    /** The bot's reply to an answer the model could not place. */
    private String answer(String text) {
        return say(text, "out_of_scope");
    }

    private static NluResult nlu(String intent, double confidence) {
        IntentScore score = new IntentScore(intent, confidence);
        return new NluResult(score, List.of(score), intent.equals(BotDefinition.OUT_OF_SCOPE),
                new Sentiment(SentimentLabel.NEUTRAL, 0.9), 0.05);
    }

}
