package dev.chatdesk.core.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.core.conversation.BotAction;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.kb.Article;
import dev.chatdesk.core.kb.KbHit;
import dev.chatdesk.core.kb.KbResults;
import dev.chatdesk.core.kb.KnowledgeBase;
import dev.chatdesk.core.nlu.IntentScore;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.core.nlu.Sentiment;
import dev.chatdesk.core.nlu.SentimentLabel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialogueManagerTest {
    private final List<String> calledUrls = new ArrayList<>();
    private DialogueManager manager;

    @BeforeEach
    void writeBot(@TempDir Path bot) throws Exception {
        Files.createDirectories(bot.resolve("intents"));
        Files.createDirectories(bot.resolve("flows"));
        intent(bot, "greet", "Hello! How can I help?");
        intent(bot, "order_status", "Let me check.");
        intent(bot, "opening_hours", "We are open 9 to 5.");
        Files.writeString(bot.resolve("intents/human_handoff.yml"),
                "intent: human_handoff\ntitle: \"Talk to a specialist\"\nexamples: [\"human\"]\nresponses: [{text: \"Sure.\"}]\n");
        intent(bot, "affirm", "Great.");
        intent(bot, "deny", "Okay.");
        intent(bot, "delete_account", "Okay.");
        intent(bot, "out_of_scope", "I can't help with that.");
        Files.writeString(bot.resolve("intents/discounts.yml"), """
                intent: discounts
                examples: ["discounts"]
                responses:
                  - text: "Sign up for the newsletter for 10% off."
                  - text: "Students get 15% off."
                    keywords: [student, university]
                """);
        Files.writeString(bot.resolve("bot.yml"), """
                greeting: [{text: "Hi there!"}]
                thresholds: {intentConfidence: 0.6, clarifyConfidence: 0.3, anger: 0.7}
                escalation:
                  maxFailures: 2
                  rules: [{name: account deletion, intent: delete_account}]
                variables: {orderApi: "http://orders.test"}
                """);
        Files.writeString(bot.resolve("flows/order_status.yml"), """
                flow: order_status
                trigger: order_status
                slots:
                  - name: order_number
                    type: pattern
                    pattern: "DS-\\\\d{6}"
                    ask: "What's your order number?"
                    invalid: "{value} is not an order number."
                action:
                  url: "{orderApi}/orders/{order_number}"
                  responses:
                    - status: 200
                      when: {status: [delivered]}
                      text: "Order {order_number} is {response.status}."
                      quickReplies: [{title: "It says delivered but isn't here", payload: /delivery_problem}]
                    - status: 200
                      text: "Order {order_number} is {response.status}."
                      quickReplies: [{title: "Delivery times", payload: /shipping_options}]
                    - status: 404
                      text: "I can't find {order_number}."
                """);
        intent(bot, "refund_status", "Let me look.");
        Files.writeString(bot.resolve("flows/refund_status.yml"), """
                flow: refund_status
                trigger: refund_status
                slots:
                  - name: order_number
                    type: pattern
                    pattern: "DS-\\\\d{6}"
                    ask: "Which order is the refund for?"
                    invalid: "{value} is not an order number."
                action:
                  url: "{orderApi}/refunds/{order_number}"
                  responses:
                    - status: 200
                      text: "The refund for {order_number} is {response.status}."
                """);
        intent(bot, "book_visit", "Let's book.");
        Files.writeString(bot.resolve("flows/book_visit.yml"), """
                flow: book_visit
                trigger: book_visit
                slots:
                  - name: day
                    type: choice
                    ask: "Which day?"
                    options: [{title: Tuesday, value: Tuesday}, {title: Saturday, value: Saturday}]
                    invalid: "Tuesday or Saturday?"
                  - name: confirm
                    type: yes_no
                    ask: "Book {day}?"
                    invalid: "Yes or no?"
                action:
                  method: POST
                  url: "{orderApi}/bookings"
                  body: {day: "{day}"}
                  responses:
                    - status: 201
                      text: "Booked for {day}."
                    - status: 409
                      text: "Sorry, {day} is full."
                      askAgain: [day]
                """);
        BotDefinition definition = BotDirectory.load(bot);
        ActionClient orders = (method, url, headers, body) -> {
            calledUrls.add(url);
            if (url.endsWith("/bookings")) {
                return new ActionClient.ActionResult(body.get("day").equals("Saturday") ? 409 : 201, Map.of());
            }
            if (url.endsWith("DS-654321")) {
                return new ActionClient.ActionResult(200, Map.of("status", "delivered"));
            }
            return url.endsWith("DS-123456")
                    ? new ActionClient.ActionResult(200, Map.of("status", url.contains("/refunds/") ? "paid" : "on its way"))
                    : new ActionClient.ActionResult(404, Map.of());
        };
        manager = new DialogueManager(definition, new OneArticleKnowledgeBase(), orders, new Random(1));
    }

    private static void intent(Path bot, String name, String response) throws Exception {
        Files.writeString(bot.resolve("intents/" + name + ".yml"),
                "intent: " + name + "\nexamples: [\"" + name + "\"]\nresponses: [{text: \"" + response + "\"}]\n");
    }

    @Test
    void answersAConfidentIntentWithItsResponse() {
        Decision decision = manager.respond(DialogueState.INITIAL, "what time do you open", nlu("opening_hours", 0.9, 0.0));
        assertEquals("We are open 9 to 5.", only(decision).text());
        assertNull(decision.escalation());
    }

    @Test
    void orderStatusFlowRejectsAnInvalidNumberThenCallsTheOrderApi() {
        Decision asked = manager.respond(DialogueState.INITIAL, "where is my order", nlu("order_status", 0.95, 0.1));
        assertEquals("What's your order number?", only(asked).text());

        Decision invalid = manager.respond(asked.state(), "12345", nlu("out_of_scope", 0.5, 0.1));
        assertEquals("12345 is not an order number.", only(invalid).text());

        Decision answered = manager.respond(invalid.state(), "DS-123456", nlu("out_of_scope", 0.5, 0.1));
        assertEquals("Order DS-123456 is on its way.", only(answered).text());
        assertEquals(List.of("http://orders.test/orders/DS-123456"), calledUrls);
        assertNull(answered.state().flow());
        assertEquals("DS-123456", answered.state().slots().get("order_number"));
    }

    @Test
    void theButtonsUnderAnOrdersStatusFitTheStatus() {
        Decision asked = manager.respond(DialogueState.INITIAL, "where is my order", nlu("order_status", 0.95, 0.1));
        Decision onItsWay = manager.respond(asked.state(), "DS-123456", nlu("out_of_scope", 0.5, 0.1));
        Decision askedAgain = manager.respond(onItsWay.state(), "where is my order", nlu("order_status", 0.95, 0.1));
        Decision delivered = manager.respond(askedAgain.state(), "DS-654321", nlu("out_of_scope", 0.5, 0.1));

        assertEquals(List.of("Delivery times"), only(onItsWay).quickReplies().stream().map(QuickReply::title).toList());
        assertEquals("Order DS-654321 is delivered.", only(delivered).text());
        assertEquals(List.of("It says delivered but isn't here"),
                only(delivered).quickReplies().stream().map(QuickReply::title).toList());
    }

    @Test
    void aRequestForAPersonLeavesTheFlowAndEscalates() {
        Decision asked = manager.respond(DialogueState.INITIAL, "where is my order", nlu("order_status", 0.95, 0.1));
        Decision handoff = manager.respond(asked.state(), "/human_handoff", nlu("out_of_scope", 0.9, 0.1));
        assertEquals(EscalationReason.REQUESTED, handoff.escalation().reason());
        assertNull(handoff.state().flow());
    }

    @Test
    void aQuestionAskedWhileTheFlowWaitsIsAnsweredThenTheFlowAsksAgain() {
        Decision asked = manager.respond(DialogueState.INITIAL, "where is my order", nlu("order_status", 0.95, 0.1));
        Decision interrupted = manager.respond(asked.state(), "wait, when are you open?", nlu("opening_hours", 0.9, 0.0));
        assertEquals(List.of("We are open 9 to 5.", "What's your order number?"), texts(interrupted));
        Decision answered = manager.respond(interrupted.state(), "DS-123456", nlu("out_of_scope", 0.5, 0.1));
        assertEquals("Order DS-123456 is on its way.", only(answered).text());
    }

    @Test
    void aQuestionTheIntentsDoNotCoverIsAnsweredFromAnArticleInTheMiddleOfAFlow() {
        Decision asked = manager.respond(DialogueState.INITIAL, "where is my order", nlu("order_status", 0.95, 0.1));
        Decision interrupted = manager.respond(asked.state(), "do you ship to Norway?", nlu("out_of_scope", 0.8, 0.0));
        assertEquals(List.of("We ship to every country in Europe.", "What's your order number?"), texts(interrupted));
        assertEquals("Shipping in Europe", interrupted.replies().getFirst().sources().getFirst().title(), "cited once, as its source");
        assertEquals("order_status", interrupted.state().flow().name());
    }

    @Test
    void aMessageThatIsNotAQuestionStillCountsAsAnAttemptAtTheSlot() {
        Decision asked = manager.respond(DialogueState.INITIAL, "where is my order", nlu("order_status", 0.95, 0.1));
        Decision invalid = manager.respond(asked.state(), "i dont have it here", nlu("out_of_scope", 0.6, 0.0));
        assertEquals("i dont have it here is not an order number.", only(invalid).text());
    }

    @Test
    void aMessageThatOpensWithNeverMindLeavesTheFlow() {
        Decision asked = manager.respond(DialogueState.INITIAL, "where is my order", nlu("order_status", 0.95, 0.1));
        Decision left = manager.respond(asked.state(), "actually never mind, it just arrived", nlu("out_of_scope", 0.3, 0.0));
        assertTrue(only(left).text().startsWith("Okay, I've stopped that."), only(left).text());
        assertNull(left.state().flow());
    }

    @Test
    void stopLeavesTheFlowEvenWhenTheModelReadsItAsAngry() {
        Decision asked = manager.respond(DialogueState.INITIAL, "where is my order", nlu("order_status", 0.95, 0.1));
        Decision left = manager.respond(asked.state(), "stop", nlu("deny", 0.14, 0.91));
        assertNull(left.escalation());
        assertTrue(only(left).text().startsWith("Okay, I've stopped that."), only(left).text());
    }

    @Test
    void aResponseWhoseKeywordTheMessageContainsIsChosen() {
        for (int i = 0; i < 5; i++) {
            Decision decision = manager.respond(DialogueState.INITIAL, "any discount for Students?", nlu("discounts", 0.9, 0.0));
            assertEquals("Students get 15% off.", only(decision).text());
        }
        Decision general = manager.respond(DialogueState.INITIAL, "do you have discounts", nlu("discounts", 0.9, 0.0));
        assertEquals("Sign up for the newsletter for 10% off.", only(general).text());
    }

    @Test
    void aFlowTakesTheSlotFromTheFirstMessage() {
        Decision decision = manager.respond(DialogueState.INITIAL, "where is DS-999999?", nlu("order_status", 0.95, 0.1));
        assertEquals("I can't find DS-999999.", only(decision).text());
    }

    @Test
    void aQuestionTheIntentsDoNotCoverIsAnsweredFromTheKnowledgeBaseWithItsSource() {
        Decision decision = manager.respond(DialogueState.INITIAL, "do you ship to Norway", nlu("out_of_scope", 0.8, 0.0));
        NewMessage reply = only(decision);
        assertTrue(reply.text().startsWith("We ship to every country in Europe."), reply.text());
        assertEquals("shipping-europe", reply.sources().get(0).id());
    }

    @Test
    void anUnsureReadingIsClarifiedAndYesPicksTheFirstOffer() {
        Decision clarify = manager.respond(DialogueState.INITIAL, "my thing", nlu("order_status", 0.45, 0.0));
        assertEquals(List.of("order_status", "opening_hours"), clarify.state().offered());
        assertEquals("/order_status", only(clarify).quickReplies().get(0).payload());

        Decision yes = manager.respond(clarify.state(), "yes", nlu("affirm", 0.9, 0.0));
        assertEquals("What's your order number?", only(yes).text());
    }

    @Test
    void anUnsureReadingWithOneLikelyIntentAsksWhetherItIsThatOne() {
        List<IntentScore> ranking = List.of(new IntentScore("order_status", 0.45), new IntentScore("opening_hours", 0.1));
        NluResult unsure = new NluResult(ranking.get(0), ranking, true, new Sentiment(SentimentLabel.NEUTRAL, 0.8), 0.0);
        Decision clarify = manager.respond(DialogueState.INITIAL, "my thing", unsure);
        assertEquals(List.of("order_status"), clarify.state().offered());
        String title = only(clarify).quickReplies().get(0).title();
        assertEquals("I'm not quite sure I understood. Do you mean \"" + title + "\"?", only(clarify).text());
    }

    @Test
    void anUnsureReadingAboutAsLikelyOutOfScopeGetsTheFallbackNotAQuestionAboutOneIntent() {
        List<IntentScore> ranking = List.of(new IntentScore("order_status", 0.39), new IntentScore("out_of_scope", 0.31),
                new IntentScore("opening_hours", 0.1));
        NluResult unsure = new NluResult(ranking.get(0), ranking, true, new Sentiment(SentimentLabel.NEUTRAL, 0.8), 0.0);

        Decision decision = manager.respond(DialogueState.INITIAL, "any good lunch spots near you", unsure);

        assertEquals(BotAction.FALLBACK, decision.action());
        assertEquals(List.of(), decision.state().offered());
        assertTrue(only(decision).text().startsWith("Sorry"), only(decision).text());
    }

    @Test
    void aMessageTornBetweenTwoIntentsIsClarifiedBeforeTheKnowledgeBaseIsSearched() {
        List<IntentScore> ranking = List.of(new IntentScore("order_status", 0.4), new IntentScore("opening_hours", 0.35));
        NluResult torn = new NluResult(ranking.get(0), ranking, true, new Sentiment(SentimentLabel.NEUTRAL, 0.8), 0.0);
        Decision decision = manager.respond(DialogueState.INITIAL, "do you ship my order on sundays", torn);
        assertEquals(List.of("order_status", "opening_hours"), decision.state().offered());
        assertTrue(only(decision).sources().isEmpty());
    }

    @Test
    void theSecondOfferCanBeChosenByOrdinal() {
        Decision clarify = manager.respond(DialogueState.INITIAL, "my thing", nlu("order_status", 0.45, 0.0));
        Decision second = manager.respond(clarify.state(), "the second one", nlu("out_of_scope", 0.4, 0.0));
        assertEquals("We are open 9 to 5.", only(second).text());
    }

    @Test
    void escalatesAnAngryCustomerWithReasonAnger() {
        Decision decision = manager.respond(DialogueState.INITIAL, "THIS IS RIDICULOUS", nlu("order_status", 0.9, 0.92));
        assertEquals(EscalationReason.ANGER, decision.escalation().reason());
    }

    @Test
    void escalatesWhenFrustrationRisesOverThreeMessages() {
        DialogueState state = DialogueState.INITIAL;
        for (double anger : new double[] {0.2, 0.35}) {
            state = manager.respond(state, "what are your hours", nlu("opening_hours", 0.9, anger)).state();
        }
        Decision third = manager.respond(state, "hours??", nlu("opening_hours", 0.9, 0.5));
        assertEquals(EscalationReason.ANGER, third.escalation().reason());
    }

    @Test
    void escalatesACustomerWhoAsksForAPerson() {
        Decision decision = manager.respond(DialogueState.INITIAL, "let me talk to a human", nlu("human_handoff", 0.9, 0.1));
        assertEquals(EscalationReason.REQUESTED, decision.escalation().reason());
    }

    @Test
    void theHandoffButtonEscalatesWhateverTheModelRead() {
        Decision decision = manager.respond(DialogueState.INITIAL, "/human_handoff", nlu("out_of_scope", 0.9, 0.0));
        assertEquals(EscalationReason.REQUESTED, decision.escalation().reason());
    }

    @Test
    void anEscalationRuleSendsItsIntentToAHuman() {
        Decision decision = manager.respond(DialogueState.INITIAL, "delete my account", nlu("delete_account", 0.9, 0.0));
        assertEquals(EscalationReason.RULE, decision.escalation().reason());
        assertEquals("account deletion", decision.escalation().detail());
    }

    @Test
    void saysWhatItCannotDoThenEscalatesAfterTwoFailuresInARow() {
        Decision first = manager.respond(DialogueState.INITIAL, "sing me a song please", nlu("out_of_scope", 0.9, 0.0));
        assertTrue(first.escalation() == null && only(first).text().startsWith("Sorry"), only(first).text());
        Decision second = manager.respond(first.state(), "tell me a joke then", nlu("out_of_scope", 0.9, 0.0));
        assertEquals(EscalationReason.BOT_FAILED, second.escalation().reason());
    }

    @Test
    void eachTurnSaysWhatTheBotDidWithTheMessageForTheInsights() {
        Decision answered = manager.respond(DialogueState.INITIAL, "what time do you open", nlu("opening_hours", 0.9, 0.0));
        Decision article = manager.respond(DialogueState.INITIAL, "do you ship to Norway", nlu("out_of_scope", 0.8, 0.0));
        Decision clarified = manager.respond(DialogueState.INITIAL, "my thing", nlu("order_status", 0.45, 0.0));
        Decision declined = manager.respond(clarified.state(), "no", nlu("deny", 0.9, 0.0));
        Decision fallback = manager.respond(DialogueState.INITIAL, "sing me a song please", nlu("out_of_scope", 0.9, 0.0));
        Decision failedTwice = manager.respond(fallback.state(), "tell me a joke then", nlu("out_of_scope", 0.9, 0.0));
        Decision angry = manager.respond(DialogueState.INITIAL, "THIS IS RIDICULOUS", nlu("order_status", 0.9, 0.92));

        assertEquals(List.of(BotAction.ANSWERED, BotAction.ARTICLE, BotAction.CLARIFIED, BotAction.DECLINED, BotAction.FALLBACK,
                BotAction.FALLBACK, BotAction.ESCALATED),
                Stream.of(answered, article, clarified, declined, fallback, failedTwice, angry).map(Decision::action).toList());
        assertEquals(EscalationReason.BOT_FAILED, failedTwice.escalation().reason(), "failing too often counts as a fallback");
        assertNull(manager.handoffPressed(DialogueState.INITIAL).action(), "the button answers no question");
    }

    @Test
    void aHelpfulAnswerResetsTheFailureCount() {
        Decision failed = manager.respond(DialogueState.INITIAL, "sing me a song please", nlu("out_of_scope", 0.9, 0.0));
        Decision helped = manager.respond(failed.state(), "when are you open", nlu("opening_hours", 0.9, 0.0));
        Decision failedAgain = manager.respond(helped.state(), "tell me a joke then", nlu("out_of_scope", 0.9, 0.0));
        assertNull(failedAgain.escalation());
    }

    @Test
    void anActionThatTurnsDownAValueSaysSoAndAsksForItAgain() {
        Decision day = manager.respond(DialogueState.INITIAL, "book a visit", nlu("book_visit", 0.9, 0.0));
        Decision confirm = manager.respond(day.state(), "Saturday", nlu("out_of_scope", 0.4, 0.0));
        Decision full = manager.respond(confirm.state(), "yes", nlu("affirm", 0.9, 0.0));
        assertEquals(List.of("Sorry, Saturday is full.", "Which day?"), texts(full));
        assertEquals(List.of("Tuesday", "Saturday"), full.replies().get(1).quickReplies().stream().map(q -> q.title()).toList());

        Decision again = manager.respond(full.state(), "Tuesday then", nlu("out_of_scope", 0.4, 0.0));
        assertEquals("Book Tuesday?", only(again).text());
        Decision booked = manager.respond(again.state(), "yes", nlu("affirm", 0.9, 0.0));
        assertEquals("Booked for Tuesday.", only(booked).text());
        assertNull(booked.state().flow());
    }

    @Test
    void aButtonStartingAFlowTakesTheOrderNumberTheConversationHasAlready() {
        Decision status = manager.respond(DialogueState.INITIAL, "where is DS-123456", nlu("order_status", 0.95, 0.0));
        Decision refund = manager.respond(status.state(), "/refund_status", nlu("out_of_scope", 0.3, 0.0));
        assertEquals("The refund for DS-123456 is paid.", only(refund).text());
    }

    @Test
    void aRequestTheCustomerTypesAsksForTheOrderAgain() {
        Decision status = manager.respond(DialogueState.INITIAL, "where is DS-123456", nlu("order_status", 0.95, 0.0));
        Decision refund = manager.respond(status.state(), "and my refund?", nlu("refund_status", 0.9, 0.0));
        assertEquals("Which order is the refund for?", only(refund).text());
    }

    @Test
    void anOrderTheApiDoesNotKnowIsNotTakenIntoTheNextFlow() {
        Decision unknown = manager.respond(DialogueState.INITIAL, "where is DS-999999", nlu("order_status", 0.95, 0.0));
        assertEquals("I can't find DS-999999.", only(unknown).text());
        Decision refund = manager.respond(unknown.state(), "/refund_status", nlu("out_of_scope", 0.3, 0.0));
        assertEquals("Which order is the refund for?", only(refund).text());
    }

    @Test
    void theChosenOfferTakesTheDetailsOfTheMessageThatWasClarified() {
        Decision clarify = manager.respond(DialogueState.INITIAL, "my thing DS-123456", nlu("order_status", 0.45, 0.0));
        Decision chosen = manager.respond(clarify.state(), "/order_status", nlu("out_of_scope", 0.3, 0.0));
        assertEquals("Order DS-123456 is on its way.", only(chosen).text());
    }

    @Test
    void aFewWordsWithADigitAreAnAttemptAtTheOrderNumberWhateverIntentTheyAreReadAs() {
        Decision asked = manager.respond(DialogueState.INITIAL, "where is my order", nlu("order_status", 0.95, 0.0));
        Decision attempt = manager.respond(asked.state(), "DS-12345", nlu("opening_hours", 0.9, 0.0));
        assertEquals("DS-12345 is not an order number.", only(attempt).text());
        assertEquals("order_status", attempt.state().flow().name());
    }

    @Test
    void aRequestForAPersonReadUnderTheThresholdStillReachesOneWhenItNamesAPersonOrTheOneTheHandoverButtonNames() {
        Decision named = manager.respond(DialogueState.INITIAL, "honestly I'd rather talk to a human", nlu("human_handoff", 0.45, 0.0));
        assertEquals(EscalationReason.REQUESTED, named.escalation().reason());

        Decision byTheButtonsWord = manager.respond(DialogueState.INITIAL, "could one of your specialists look at this",
                nlu("human_handoff", 0.45, 0.0));
        assertEquals(EscalationReason.REQUESTED, byTheButtonsWord.escalation().reason());

        Decision unnamed = manager.respond(DialogueState.INITIAL, "hmm that does not help me", nlu("human_handoff", 0.45, 0.0));
        assertNull(unnamed.escalation());
    }

    @Test
    void aStateSurvivesItsStoredForm() {
        Decision asked = manager.respond(DialogueState.INITIAL, "where is my order", nlu("order_status", 0.95, 0.1));
        DialogueState restored = DialogueStateCodec.decode(DialogueStateCodec.encode(asked.state()));
        assertEquals(asked.state(), restored);
    }


    private static List<String> texts(Decision decision) {
        return decision.replies().stream().map(NewMessage::text).toList();
    }

    private static NewMessage only(Decision decision) {
        assertEquals(1, decision.replies().size(), decision.replies().toString());
        return decision.replies().get(0);
    }

    private static NluResult nlu(String intent, double confidence, double anger) {
        boolean outOfScope = intent.equals("out_of_scope") || confidence < 0.5;
        List<IntentScore> ranking = List.of(new IntentScore(intent, confidence), new IntentScore("opening_hours", 0.2),
                new IntentScore("greet", 0.05));
        return new NluResult(ranking.get(0), ranking, outOfScope, new Sentiment(SentimentLabel.NEUTRAL, 0.8), anger);
    }

    /** A knowledge base with one article about shipping to Europe: answers questions about shipping. */
    private static final class OneArticleKnowledgeBase implements KnowledgeBase {
        @Override
        public KbResults search(String query, Language language, int limit) {
            boolean aboutShipping = query.contains("ship");
            List<KbHit> hits = aboutShipping
                    ? List.of(new KbHit("shipping-europe", "Shipping in Europe", "https://shop.test/help/shipping-europe", "",
                            "We ship to every country in Europe.", 0.8))
                    : List.of();
            return new KbResults(hits, aboutShipping, aboutShipping ? 0.8 : 0.1);
        }

        @Override
        public void replaceAll(Collection<Article> articles) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void put(Article article) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(String articleId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public void close() {}
    }
}
