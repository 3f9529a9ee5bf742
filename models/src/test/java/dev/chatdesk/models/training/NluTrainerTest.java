package dev.chatdesk.models.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.core.nlu.SentimentLabel;
import dev.chatdesk.models.data.CsvDatasets;
import dev.chatdesk.models.data.LabelledText;
import dev.chatdesk.models.data.SentimentExample;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.nlu.NluScores;
import dev.chatdesk.models.nlu.TrainedNlu;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fine-tuning on a small sample: intents, out of scope, sentiment and anger from one network. */
class NluTrainerTest {
    private static final TrainingSettings SMALL = new TrainingSettings(5, 5, 16, 1e-4f, 0.1f, 0.01f, 0.1f, 0.1f, 48, 0.15, 7, true, 1.0f);

    private static TrainedNlu model;
    private static final List<Double> epochScores = new ArrayList<>();
    private static final List<Long> residentMegabytes = new ArrayList<>();

    @BeforeAll
    static void train() throws Exception {
        List<LabelledText> intents = CsvDatasets.readLabelled(
                Path.of(NluTrainerTest.class.getResource("/shop-intents.csv").toURI()));
        List<SentimentExample> sentiment = CsvDatasets.bundledCustomerSentiment().subList(0, 480);
        TrainingProgress progress = new TrainingProgress() {
            @Override
            public void epochDone(int epoch, int maxEpochs, double meanLoss, double heldOutScore,
                    double elapsedSeconds, double secondsLeft, long rss) {
                epochScores.add(heldOutScore);
                residentMegabytes.add(rss);
            }

            @Override
            public void note(String message) {}
        };
        model = new NluTrainer(PretrainedEncoder.defaultEncoder(), SMALL, progress)
                .train(new TrainingData(intents, Optional.of("oos"), sentiment));
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void recognisesIntentsPhrasedUnlikeItsExamples() {
        assertEquals("order_status", top("hey where's my package, it's been ages"));
        assertEquals("return_item", top("I need to send back the trousers I bought"));
        assertEquals("payment_methods", top("do you accept mastercard"));
        assertEquals("greet", top("hello there"));
    }

    @Test
    void marksUnrelatedMessagesOutOfScope() {
        NluResult result = understand("what's the best pizza topping");
        assertTrue(result.outOfScope(), "predicted " + result.intent());
    }

    @Test
    void anInScopeMessageIsNearerItsTrainingExamplesThanAnUnrelatedOne() {
        List<NluScores> scores = model.score(List.of("where is my order", "how many moons does jupiter have"));
        assertTrue(scores.get(0).exampleSimilarity() > scores.get(1).exampleSimilarity(),
                scores.get(0).exampleSimilarity() + " vs " + scores.get(1).exampleSimilarity());
    }

    @Test
    void heldOutScoreImprovesOverTraining() {
        assertTrue(epochScores.get(epochScores.size() - 1) > epochScores.get(0) || epochScores.get(0) > 0.9,
                "held-out scores " + epochScores);
    }

    @Test
    void oneEncoderPassGivesIntentSentimentAndAnger() {
        NluResult furious = understand("THIS IS A JOKE!!! where the hell is my order, I want my money back NOW");
        NluResult happy = understand("thank you so much, the jacket is perfect!");
        assertEquals(SentimentLabel.NEGATIVE, furious.sentiment().label());
        assertEquals(SentimentLabel.POSITIVE, happy.sentiment().label());
        assertTrue(furious.anger() > happy.anger() + 0.2, furious.anger() + " vs " + happy.anger());
    }

    @Test
    void savedModelPredictsExactlyTheSame(@TempDir Path directory) throws Exception {
        model.save(directory);
        List<String> texts = List.of("where is my parcel", "can I pay with klarna", "you are useless");
        try (TrainedNlu loaded = TrainedNlu.load(directory)) {
            assertEquals(model.spec(), loaded.spec());
            List<NluScores> before = model.score(texts);
            List<NluScores> after = loaded.score(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertArrayEquals(before.get(i).intentProbabilities(), after.get(i).intentProbabilities(), 1e-5f);
                assertArrayEquals(before.get(i).sentimentProbabilities(), after.get(i).sentimentProbabilities(), 1e-5f);
                assertEquals(before.get(i).anger(), after.get(i).anger(), 1e-5f);
                assertEquals(before.get(i).exampleSimilarity(), after.get(i).exampleSimilarity(), 1e-5f);
            }
        }
    }

    @Test
    void residentMemoryStaysFlatAcrossEpochs() {
        long second = residentMegabytes.get(1);
        long last = residentMegabytes.get(residentMegabytes.size() - 1);
        assertTrue(last - second < 300, "resident memory grew from " + second + " MB to " + last + " MB");
    }

    private static String top(String text) {
        return understand(text).intent().name();
    }

    private static NluResult understand(String text) {
        return model.toResult(model.score(List.of(text)).get(0));
    }
}
