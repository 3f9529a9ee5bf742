package dev.chatdesk.models.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.nlu.HeadLayout;
import dev.chatdesk.models.nlu.NluScores;
import dev.chatdesk.models.nlu.NluSpec;
import dev.chatdesk.models.nlu.PooledScorer;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.text.TokenBatch;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What serving a model through ONNX Runtime must do: give every text the scores our network gives
 * it on PyTorch, to within 1e-4, and so the same out-of-scope decisions. The model is fine-tuned
 * in effect: every encoder weight moved by seeded noise, so that ONNX Runtime running the
 * pretrained weights would answer otherwise. The largest difference seen is printed at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServedThroughOnnxRuntimeContract {
    private static final double TOLERANCE = 1e-4;
    private static final int MAX_TOKENS = 128;
    private static final int NEIGHBOURS = 2;
    private static final HeadLayout LAYOUT = new HeadLayout(5, true);
    private static final BatchingSettings SETTINGS = BatchingSettings.defaults();

    private TrainedNlu model;
    private OnnxRuntimeNluScorer scorer;
    private double largestDifference;

    /** The default encoder the model is fine-tuned from. */
    abstract PretrainedEncoder pretrained();

    /** The texts to score: one longer than {@value #MAX_TOKENS} tokens. */
    abstract List<String> texts();

    /** The in-scope training examples whose embeddings the model's example index holds. */
    abstract List<String> examples();

    @BeforeAll
    void load() {
        TrainedNlu untrained = TrainedNlu.untrained(pretrained(), LAYOUT, MAX_TOKENS);
        moveEveryEncoderWeight(untrained, new Random(42));
        NluSpec spec = untrained.spec();
        TrainedNlu indexed = untrained.withExamples(untrained.embedAll(examples()).toArray(float[][]::new),
                spec.withOutOfScopeRule(0, -1, NEIGHBOURS, Map.of()));
        double threshold = thresholdBetweenSimilarities(indexed.scoreAll(texts()));
        model = indexed.withSpec(spec.withOutOfScopeRule(0, threshold, NEIGHBOURS, Map.of()));
        scorer = new OnnxRuntimeNluScorer(model, SETTINGS);
    }

    @AfterAll
    void close() {
        System.out.printf("%s: largest difference from PyTorch %.1e%n", pretrained().fingerprint(), largestDifference);
        scorer.close();
    }

    @Test
    void eachTextAloneGetsTheScoresOfOurNetworkOnPyTorch() {
        for (String text : texts()) {
            TokenBatch alone = TokenBatch.padded(List.of(scorer.tokenize(text)));
            assertSameScores(text, model.score(alone).get(0), scorer.scores(alone).get(0));
        }
    }

    @Test
    void aPaddedBatchGivesEachTextTheScoresItGetsAloneOnPyTorch() {
        TokenBatch batch = TokenBatch.padded(texts().stream().map(scorer::tokenize).toList());
        assertEquals(MAX_TOKENS, batch.length(), "the long text is truncated");
        List<NluScores> served = scorer.scores(batch);
        for (int i = 0; i < texts().size(); i++) {
            String text = texts().get(i);
            assertSameScores(text, model.score(List.of(text)).get(0), served.get(i));
        }
    }

    @Test
    void outOfScopeDecisionsAreThoseOfOurNetworkOnPyTorch() {
        TokenBatch batch = TokenBatch.padded(texts().stream().map(scorer::tokenize).toList());
        List<NluResult> served = scorer.score(batch);
        List<NluResult> ours = model.score(texts()).stream().map(model::toResult).toList();
        for (int i = 0; i < texts().size(); i++) {
            assertEquals(ours.get(i).outOfScope(), served.get(i).outOfScope(), texts().get(i));
            assertEquals(ours.get(i).intent().name(), served.get(i).intent().name(), texts().get(i));
            assertEquals(ours.get(i).sentiment().label(), served.get(i).sentiment().label(), texts().get(i));
        }
        assertTrue(served.stream().anyMatch(NluResult::outOfScope), "some texts are out of scope");
        assertTrue(served.stream().anyMatch(r -> !r.outOfScope()), "some texts are in scope");
    }

    @Test
    void thePretrainedWeightsWouldGiveOtherScores() {
        TokenBatch batch = TokenBatch.padded(texts().stream().map(scorer::tokenize).toList());
        List<NluScores> pretrainedScores;
        try (OnnxRuntimeBert original = new OnnxRuntimeBert(pretrained().onnxFile(), pretrained().config(),
                "the original", SETTINGS)) {
            pretrainedScores = PooledScorer.of(model).score(original.pooled(batch));
        }
        List<NluScores> ours = model.score(batch);
        double worst = 0;
        for (int i = 0; i < texts().size(); i++) {
            worst = Math.max(worst, difference(ours.get(i), pretrainedScores.get(i)));
        }
        assertTrue(worst > 100 * TOLERANCE, "the pretrained weights differ from ours by only " + worst);
    }

    private static void moveEveryEncoderWeight(TrainedNlu model, Random random) {
        for (Pair<String, Parameter> p : model.network().encoder().getParameters()) {
            NDArray array = p.getValue().getArray();
            float[] values = array.toFloatArray();
            for (int i = 0; i < values.length; i++) {
                values[i] += (float) (0.01 * random.nextGaussian());
            }
            array.set(values);
        }
    }

    /** Halfway across the widest gap between the middle half of the texts' similarities. */
    private static double thresholdBetweenSimilarities(List<NluScores> scores) {
        double[] similarities = scores.stream().mapToDouble(NluScores::exampleSimilarity).sorted().toArray();
        int widest = similarities.length / 4;
        for (int i = widest; i < similarities.length * 3 / 4; i++) {
            if (similarities[i + 1] - similarities[i] > similarities[widest + 1] - similarities[widest]) {
                widest = i;
            }
        }
        assertTrue(similarities[widest + 1] - similarities[widest] > 100 * TOLERANCE,
                "the texts' similarities leave room for a threshold: " + Arrays.toString(similarities));
        return (similarities[widest] + similarities[widest + 1]) / 2;
    }

    private void assertSameScores(String text, NluScores expected, NluScores actual) {
        assertFalse(Float.isNaN(actual.exampleSimilarity()), "no example similarity for: " + text);
        double worst = difference(expected, actual);
        largestDifference = Math.max(largestDifference, worst);
        assertTrue(worst < TOLERANCE, "max difference " + worst + " for: " + text);
    }

    private static double difference(NluScores expected, NluScores actual) {
        double worst = Math.max(
                largestDifference(expected.intentProbabilities(), actual.intentProbabilities()),
                largestDifference(expected.sentimentProbabilities(), actual.sentimentProbabilities()));
        worst = Math.max(worst, Math.abs(expected.anger() - actual.anger()));
        return Math.max(worst, Math.abs(expected.exampleSimilarity() - actual.exampleSimilarity()));
    }

    private static double largestDifference(float[] expected, float[] actual) {
        assertEquals(expected.length, actual.length);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        return worst;
    }
}
