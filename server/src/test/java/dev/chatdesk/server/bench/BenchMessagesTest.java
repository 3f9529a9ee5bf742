package dev.chatdesk.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.core.bot.IntentDefinition;
import dev.chatdesk.core.nlu.IntentScore;
import dev.chatdesk.core.nlu.NluModel;
import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.core.nlu.Sentiment;
import dev.chatdesk.core.nlu.SentimentLabel;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark's customer messages, chosen with a model whose readings the test sets. */
class BenchMessagesTest {
    private static BotDefinition demo;

    @BeforeAll
    static void loadDemoBot() throws IOException {
        demo = BotDirectory.loadDemo();
    }

    @Test
    void messagesOfIntentsThatEndWithAPersonAreLeftOut() throws InterruptedException {
        List<String> messages = BenchMessages.of(demo, new ReadsEverything("order_status", 0.0, Map.of()));
        for (String intent : List.of("human_handoff", "delete_account", "complaint", "out_of_scope")) {
            for (String example : examples(intent)) {
                assertFalse(messages.contains(example), intent + " example in the mix: " + example);
            }
        }
        assertTrue(messages.containsAll(examples("order_status")));
        assertTrue(messages.containsAll(examples("shipping_cost")));
    }

    @Test
    void helpArticleQuestionsAreInTheMix() throws InterruptedException {
        List<String> messages = BenchMessages.of(demo, new ReadsEverything("order_status", 0.0, Map.of()));
        assertTrue(messages.containsAll(BenchMessages.HELP_ARTICLE_QUESTIONS));
    }

    @Test
    void messagesTheModelReadsAsAngryOrAsARequestForAPersonAreLeftOut() throws InterruptedException {
        String angry = examples("shipping_cost").get(0);
        String readAsHandoff = examples("bot_challenge").get(0);
        List<String> messages = BenchMessages.of(demo, new ReadsEverything("order_status", 0.0,
                Map.of(angry, result("shipping_cost", 0.9), readAsHandoff, result("human_handoff", 0.0))));
        assertFalse(messages.contains(angry));
        assertFalse(messages.contains(readAsHandoff));
        assertTrue(messages.contains(examples("shipping_cost").get(1)));
    }

    @Test
    void theOrderIsTheSameEveryTime() throws InterruptedException {
        NluModel model = new ReadsEverything("order_status", 0.0, Map.of());
        assertEquals(BenchMessages.of(demo, model), BenchMessages.of(demo, model));
    }

    private static List<String> examples(String intent) {
        return demo.intent(intent).map(IntentDefinition::examples).orElseThrow();
    }

    private static NluResult result(String intent, double anger) {
        IntentScore score = new IntentScore(intent, 0.95);
        return new NluResult(score, List.of(score), false, new Sentiment(SentimentLabel.NEUTRAL, 0.9), anger);
    }

    /** Reads every message as one intent and anger, except those it is told otherwise. */
    private record ReadsEverything(String intent, double anger, Map<String, NluResult> exceptions) implements NluModel {
        @Override
        public CompletableFuture<NluResult> understand(String text) {
            return CompletableFuture.completedFuture(exceptions.getOrDefault(text, result(intent, anger)));
        }

        @Override
        public void close() {}
    }
}
