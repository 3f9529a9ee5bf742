package dev.chatdesk.models.bert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import dev.chatdesk.models.encoder.DjlRuntime;
import dev.chatdesk.models.encoder.TinyTorchScriptEncoder;
import dev.chatdesk.models.encoder.TorchScriptEncoder;
import dev.chatdesk.models.text.TokenBatch;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A TorchScript encoder from a DJL model directory, run by libtorch, computes what its code says. */
class TorchScriptBertTest {
    private static final List<String> TEXTS = List.of(
            "hello",
            "where is my order, it was due on monday and still nothing",
            "宅配便はどこですか 📦",
            "refund");
    private static final float TOLERANCE = 1e-5f;

    @TempDir
    static Path temp;

    private static NDManager manager;
    private static TorchScriptEncoder source;
    private static TokenEncoder encoder;
    private static WordPieceTokenizer tokenizer;
    private static TinyTorchScriptEncoder.Weights weights;

    @BeforeAll
    static void load() throws Exception {
        Path directory = TinyTorchScriptEncoder.writeTo(temp.resolve("tiny"));
        manager = DjlRuntime.pytorch().newBaseManager();
        source = TorchScriptEncoder.fromDirectory(directory);
        encoder = source.newEncoder(manager, 0f);
        tokenizer = source.newTokenizer(source.maxTokens());
        weights = TinyTorchScriptEncoder.Weights.of(directory.resolve("model.pt"));
    }

    @AfterAll
    static void close() {
        tokenizer.close();
        manager.close();
    }

    @Test
    void tokenEmbeddingsMatchTheNetworksMathForEveryTextOfAPaddedBatch() {
        TokenBatch batch = tokenizer.encode(TEXTS);
        try (NDManager step = manager.newSubManager()) {
            float[] hidden = run(batch, step).get(0).toFloatArray();
            int h = TinyTorchScriptEncoder.HIDDEN;
            for (int r = 0; r < batch.size(); r++) {
                float[][] expected = weights.tokenEmbeddings(row(batch.ids(), batch, r), row(batch.mask(), batch, r));
                for (int t = 0; t < batch.length(); t++) {
                    int offset = (r * batch.length() + t) * h;
                    assertClose(TEXTS.get(r) + ", token " + t, expected[t], Arrays.copyOfRange(hidden, offset, offset + h));
                }
            }
        }
    }

    @Test
    void theSentenceEmbeddingIsTheMeanOverRealTokensOnly() {
        TokenBatch batch = tokenizer.encode(TEXTS);
        try (NDManager step = manager.newSubManager()) {
            float[] pooled = run(batch, step).get(1).toFloatArray();
            int h = TinyTorchScriptEncoder.HIDDEN;
            for (int r = 0; r < batch.size(); r++) {
                long[] mask = row(batch.mask(), batch, r);
                float[][] tokens = weights.tokenEmbeddings(row(batch.ids(), batch, r), mask);
                float[] mean = new float[h];
                long real = Arrays.stream(mask).sum();
                for (int t = 0; t < mask.length; t++) {
                    for (int i = 0; i < h; i++) {
                        mean[i] += tokens[t][i] * mask[t] / real;
                    }
                }
                assertClose(TEXTS.get(r), mean, Arrays.copyOfRange(pooled, r * h, (r + 1) * h));
            }
        }
    }

    @Test
    void theHiddenSizeIsFoundByRunningTheModule() {
        assertEquals(new TorchScriptBertConfig(TinyTorchScriptEncoder.HIDDEN, false), encoder.spec());
    }

    @Test
    void parametersTheTokenEmbeddingsDoNotUseAreFrozen() {
        for (String unused : List.of("pooler_weight", "pooler_bias")) {
            assertFalse(parameter(encoder, unused).requiresGradient(), unused);
        }
        for (String used : List.of("word_embeddings", "position_embeddings", "dense_weight", "dense_bias")) {
            assertTrue(parameter(encoder, used).requiresGradient(), used);
        }
    }

    @Test
    void freezingWordEmbeddingsFreezesThemAlone() {
        TokenEncoder another = source.newEncoder(manager, 0f);
        another.freezeWordEmbeddings(true);
        assertFalse(parameter(another, "word_embeddings").requiresGradient());
        assertTrue(parameter(another, "position_embeddings").requiresGradient());
    }

    @Test
    void aFileLibtorchCannotReadIsRefusedWithItsName() throws Exception {
        Path directory = TinyTorchScriptEncoder.writeTo(temp.resolve("broken"));
        Files.writeString(directory.resolve("model.pt"), "not a zip archive");
        TorchScriptEncoder broken = TorchScriptEncoder.fromDirectory(directory);
        Exception e = assertThrows(IllegalArgumentException.class, () -> broken.newEncoder(manager, 0f));
        assertTrue(e.getMessage().contains(directory.resolve("model.pt").toString()), e.getMessage());
    }

    private static NDList run(TokenBatch batch, NDManager step) {
        return encoder.forward(new ParameterStore(step, false), batch.toArrays(step), false);
    }

    private static Parameter parameter(TokenEncoder block, String name) {
        return block.getParameters().get(name);
    }

    private static long[] row(long[] matrix, TokenBatch batch, int r) {
        return Arrays.copyOfRange(matrix, r * batch.length(), (r + 1) * batch.length());
    }

    private static void assertClose(String what, float[] expected, float[] actual) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], TOLERANCE, what + ", dimension " + i);
        }
    }
}
