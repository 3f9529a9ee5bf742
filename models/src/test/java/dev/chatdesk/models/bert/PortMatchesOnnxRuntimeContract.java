package dev.chatdesk.models.bert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import dev.chatdesk.models.encoder.DjlRuntime;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.encoder.SentenceEmbedder;
import dev.chatdesk.models.text.TokenBatch;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the port of a pretrained encoder to DJL blocks must do: compute what its original ONNX file
 * computes under ONNX Runtime, token by token and pooled as its spec says, to within 1e-4. The
 * largest difference seen is printed at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortMatchesOnnxRuntimeContract {
    private static final double TOLERANCE = 1e-4;

    private NDManager manager;
    private BertEncoder encoder;
    private WordPieceTokenizer tokenizer;
    private OnnxRuntimeReference original;
    private double largestDifference;

    /** The encoder whose port is checked. */
    abstract PretrainedEncoder pretrained();

    /** The class-path resource of the encoder's original ONNX file. */
    abstract String onnxResource();

    /** The texts to compare on: one of them longer than {@link WordPieceTokenizer#DEFAULT_MAX_TOKENS}. */
    abstract List<String> sentences();

    @BeforeAll
    void load() throws Exception {
        manager = DjlRuntime.pytorch().newBaseManager();
        encoder = pretrained().newEncoder(manager, 0.1f);
        tokenizer = pretrained().newTokenizer(WordPieceTokenizer.DEFAULT_MAX_TOKENS);
        original = new OnnxRuntimeReference(onnxResource());
    }

    @AfterAll
    void close() throws Exception {
        System.out.printf("%s: largest difference from ONNX Runtime %.1e%n", onnxResource(), largestDifference);
        original.close();
        tokenizer.close();
        manager.close();
    }

    @Test
    void hiddenStatesAgreeWithOnnxRuntimeTokenByToken() throws Exception {
        for (String sentence : sentences()) {
            TokenBatch batch = tokenizer.encode(List.of(sentence));
            float[][] originals = original.lastHiddenState(realIds(batch, 0));
            try (NDManager step = manager.newSubManager()) {
                float[] ours = forward(step, batch).get(0).toFloatArray();
                int hidden = encoder.config().hiddenSize();
                for (int token = 0; token < originals.length; token++) {
                    float[] row = Arrays.copyOfRange(ours, token * hidden, (token + 1) * hidden);
                    assertClose(sentence + " (token " + token + ")", originals[token], row);
                }
            }
        }
    }

    @Test
    void pooledEmbeddingsAgreeWithOnnxRuntimeOneByOne() throws Exception {
        for (String sentence : sentences()) {
            TokenBatch batch = tokenizer.encode(List.of(sentence));
            assertClose(sentence, originalPooled(realIds(batch, 0)), ourPooled(batch)[0]);
        }
    }

    @Test
    void paddingInABatchDoesNotChangeAnyEmbedding() throws Exception {
        TokenBatch batch = tokenizer.encode(sentences());
        assertEquals(WordPieceTokenizer.DEFAULT_MAX_TOKENS, batch.length(), "the long text is truncated");
        float[][] ours = ourPooled(batch);
        for (int row = 0; row < sentences().size(); row++) {
            assertClose(sentences().get(row), originalPooled(realIds(batch, row)), ours[row]);
        }
    }

    @Test
    void sentenceEmbeddingsAreTheOriginalsPooledAndNormalised() throws Exception {
        try (SentenceEmbedder embedder = new SentenceEmbedder(pretrained());
                WordPieceTokenizer untruncated = pretrained().newTokenizer(SentenceEmbedder.MAX_TOKENS)) {
            List<float[]> ours = embedder.embed(sentences());
            for (int i = 0; i < ours.size(); i++) {
                float[] expected = normalised(originalPooled(untruncated.ids(sentences().get(i))));
                assertClose(sentences().get(i), expected, ours.get(i));
            }
        }
    }

    private NDList forward(NDManager step, TokenBatch batch) {
        return encoder.forward(new ParameterStore(step, false), batch.toArrays(step), false);
    }

    private float[][] ourPooled(TokenBatch batch) {
        return PooledVectors.of(encoder, manager, batch);
    }

    /** The original's hidden states pooled the way the encoder's authors pool them. */
    private float[] originalPooled(long[] ids) throws Exception {
        float[][] states = original.lastHiddenState(ids);
        return switch (encoder.config().pooling()) {
            case CLS -> states[0];
            case MEAN -> {
                float[] mean = new float[states[0].length];
                for (float[] token : states) {
                    for (int i = 0; i < mean.length; i++) {
                        mean[i] += token[i] / states.length;
                    }
                }
                yield mean;
            }
        };
    }

    private static float[] normalised(float[] vector) {
        double squares = 0;
        for (float v : vector) {
            squares += (double) v * v;
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / Math.sqrt(squares));
        }
        return unit;
    }

    private static long[] realIds(TokenBatch batch, int row) {
        int from = row * batch.length();
        int count = 0;
        while (count < batch.length() && batch.mask()[from + count] == 1) {
            count++;
        }
        return Arrays.copyOfRange(batch.ids(), from, from + count);
    }

    private void assertClose(String what, float[] expected, float[] actual) {
        assertEquals(expected.length, actual.length, what);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        largestDifference = Math.max(largestDifference, worst);
        assertTrue(worst < TOLERANCE, "max difference " + worst + " for: " + what);
    }
}
