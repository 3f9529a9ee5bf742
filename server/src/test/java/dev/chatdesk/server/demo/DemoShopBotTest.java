package dev.chatdesk.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.core.bot.BotLanguages;
import dev.chatdesk.core.bot.BotResponse;
import dev.chatdesk.core.bot.EscalationRule;
import dev.chatdesk.core.bot.FlowDefinition;
import dev.chatdesk.core.bot.HttpAction;
import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.bot.SlotDefinition;
import dev.chatdesk.core.nlu.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo shop bot's settings and flows, as written in {@code bots/demo-shop}. */
class DemoShopBotTest {
    /** The demo bot's directory; tests run in the server module's folder. */
    static final Path DEMO_SHOP = Path.of("..", "bots", "demo-shop");

    private static final List<String> ORDER_FLOWS = List.of("cancel_order", "change_order", "damaged_item", "order_status",
            "refund_status", "return_item");

    private static BotDefinition bot;

    @BeforeAll
    static void load() throws Exception {
        bot = BotDirectory.load(DEMO_SHOP);
    }

    @Test
    void eachOrderFlowIsStartedByTheIntentOfItsName() {
        assertEquals(ORDER_FLOWS, bot.flows().stream().map(FlowDefinition::name).toList());
        for (String name : ORDER_FLOWS) {
            assertEquals(name, bot.flowStartedBy(name).orElseThrow().name());
        }
    }

    @Test
    void everyFlowCallsTheOrderApiTheServerCanPointElsewhere() {
        assertEquals("http://127.0.0.1:8099", bot.settings().variables().get("orderApi"));
        for (FlowDefinition flow : bot.flows()) {
            if (flow.action() != null) {
                assertTrue(flow.action().url().startsWith("{orderApi}/orders/{order_number}"), flow.name());
            }
            flow.slots().stream().filter(s -> s.optionsFrom() != null)
                    .forEach(s -> assertTrue(s.optionsFrom().url().startsWith("{orderApi}/orders/{order_number}"), flow.name()));
        }
    }

    @Test
    void everyOrderApiCallAsksForAnswersInTheConversationsLanguage() throws Exception {
        Map<Language, String> expected = Map.of(Language.EN, "en", Language.ZH, "zh-CN");
        BotLanguages bots = BotDirectory.loadLanguages(DEMO_SHOP);
        assertEquals(Set.of(Language.EN, Language.ZH), Set.copyOf(bots.languages()));
        for (Language language : bots.languages()) {
            for (FlowDefinition flow : bots.in(language).flows()) {
                for (HttpAction call : Stream.of(flow.action(), flow.check()).filter(Objects::nonNull).toList()) {
                    assertEquals(expected.get(language), call.headers().get("Accept-Language"), flow.name() + " " + call.url());
                }
            }
        }
    }

    @Test
    void aDamagedItemIsCollectedThenHandedToAPerson() {
        FlowDefinition damaged = bot.flow("damaged_item").orElseThrow();
        assertEquals("damaged item", damaged.handoff());
        assertEquals(List.of("order_number", "item", "problem"), damaged.slots().stream().map(SlotDefinition::name).toList());
    }

    @Test
    void orderNumberSlotsTakeTheNumberHoweverItIsTyped() {
        for (FlowDefinition flow : bot.flows()) {
            Pattern pattern = Pattern.compile(orderNumberSlot(flow).pattern());
            for (String typed : List.of("where is NW-482913?", "nw482913 please", "it's NW 482913", "482913")) {
                assertTrue(pattern.matcher(typed).find(), flow.name() + ": " + typed);
            }
        }
    }

    @Test
    void orderNumberSlotsRejectNumbersOfTheWrongLength() {
        for (FlowDefinition flow : bot.flows()) {
            Pattern pattern = Pattern.compile(orderNumberSlot(flow).pattern());
            for (String typed : List.of("NW-12345", "NW-1234567", "my postcode is 10115", "order number NW-48291")) {
                assertFalse(pattern.matcher(typed).find(), flow.name() + ": " + typed);
            }
        }
    }

    @Test
    void theSlotKeepsTheNumberWithoutTheWordsAroundIt() {
        Matcher m = Pattern.compile(orderNumberSlot(bot.flow("order_status").orElseThrow()).pattern()).matcher("NW-482913, thanks");
        assertTrue(m.find());
        assertEquals("NW-482913", m.group());
    }

    @Test
    void returnsAndCancellationsAskForAConfirmationAndStopOnNo() {
        for (String name : List.of("return_item", "cancel_order")) {
            SlotDefinition last = bot.flow(name).orElseThrow().slots().getLast();
            assertEquals("confirm", last.name(), name);
            assertFalse(last.declined().isBlank(), name);
        }
    }

    @Test
    void accountDeletionAlwaysGoesToAPerson() {
        assertEquals(List.of(new EscalationRule("account deletion", "delete_account")), bot.settings().escalation().rules());
        assertEquals(2, bot.settings().escalation().maxFailures());
    }

    @Test
    void theHandoffMessageGivesThePlaceInTheQueueAndTheWait() {
        String message = bot.settings().escalation().message();
        assertTrue(message.contains("{position}") && message.contains("{wait}"), message);
    }

    @Test
    void everyGreetingOffersOrderTrackingReturnsAndAPerson() {
        for (BotResponse greeting : bot.settings().greeting()) {
            List<String> payloads = greeting.quickReplies().stream().map(QuickReply::payload).toList();
            assertTrue(payloads.containsAll(List.of("/order_status", "/return_item", "/human_handoff")), payloads.toString());
        }
    }

    @Test
    void everyButtonOfTheBotNamesOneOfItsIntents() {
        for (QuickReply button : allQuickReplies()) {
            assertTrue(button.payload().startsWith("/"), button.toString());
            assertTrue(bot.intent(button.payload().substring(1)).isPresent(), button.toString());
        }
    }

    private static SlotDefinition orderNumberSlot(FlowDefinition flow) {
        return flow.slots().stream().filter(s -> s.name().equals("order_number")).findFirst().orElseThrow();
    }

    private static List<QuickReply> allQuickReplies() {
        List<QuickReply> buttons = new ArrayList<>();
        bot.settings().greeting().forEach(r -> buttons.addAll(r.quickReplies()));
        bot.settings().fallback().forEach(r -> buttons.addAll(r.quickReplies()));
        bot.intents().forEach(i -> i.responses().forEach(r -> buttons.addAll(r.quickReplies())));
        bot.flows().stream().filter(f -> f.action() != null).forEach(f -> f.action().responses().forEach(r -> buttons.addAll(r.quickReplies())));
        return buttons;
    }
}
