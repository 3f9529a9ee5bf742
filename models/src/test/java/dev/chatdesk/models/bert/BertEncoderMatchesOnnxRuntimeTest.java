package dev.chatdesk.models.bert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.chatdesk.models.encoder.DjlRuntime;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.text.TokenBatch;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The port of all-MiniLM-L6-v2 to DJL blocks computes what the original ONNX file computes. */
class BertEncoderMatchesOnnxRuntimeTest {
    private static final double TOLERANCE = 1e-4;

    private static final List<String> SENTENCES = List.of(
            "hi",
            "Where is my order?",
            "wher is my ordr?? its been 2 weeks",
            "I want a refund NOW!!!",
            "Can I change the delivery address after I have paid for the parcel?",
            "ok",
            "Thanks a lot, that solved it 👍",
            "😡😡😡",
            "Mein Paket ist nicht angekommen, können Sie mir helfen?",
            "¿Dónde está mi pedido?",
            "我的包裹在哪里？",
            "Ça ne marche pas du tout, c'est inadmissible.",
            "My card was charged twice for order #A-10293 on 12/03, please fix",
            "lol ur app keeps crashing when i open the cart",
            "   leading and trailing spaces   ",
            "UPPERCASE SHOUTING ABOUT A LATE DELIVERY",
            "naïve café résumé — em dash and “smart quotes”",
            "1234567890 0987654321",
            "Is the blue jacket available in size M, and can it be delivered by Friday?",
            "the quick brown fox jumps over the lazy dog ".repeat(30),
            "I ordered a laptop three weeks ago and it still has not arrived. I contacted you twice"
                    + " by email and once by phone, and every time I was told it would arrive in a day"
                    + " or two. This is not acceptable. I need the laptop for work and I would like to"
                    + " know exactly where the parcel is, when it will arrive, and what compensation you"
                    + " offer for the delay, because I paid for express shipping.",
            "x");

    private static NDManager manager;
    private static BertEncoder encoder;
    private static WordPieceTokenizer tokenizer;
    private static OrtEnvironment ort;
    private static OrtSession session;

    @BeforeAll
    static void load() throws Exception {
        manager = DjlRuntime.pytorch().newBaseManager();
        PretrainedEncoder pretrained = PretrainedEncoder.defaultEncoder();
        encoder = pretrained.newEncoder(manager, 0.1f);
        tokenizer = pretrained.newTokenizer(WordPieceTokenizer.DEFAULT_MAX_TOKENS);
        ort = OrtEnvironment.getEnvironment();
        try (InputStream in = BertEncoderMatchesOnnxRuntimeTest.class.getClassLoader()
                .getResourceAsStream(PretrainedEncoder.DEFAULT_ONNX)) {
            session = ort.createSession(in.readAllBytes(), new OrtSession.SessionOptions());
        }
    }

    @AfterAll
    static void close() throws Exception {
        session.close();
        tokenizer.close();
        manager.close();
    }

    @Test
    void readsMiniLmSizesFromTheWeights() {
        BertConfig config = encoder.config();
        assertEquals(new BertConfig(30522, 384, 6, 12, 1536, 512, 2, 1e-12f, Pooling.MEAN), config);
    }

    @Test
    void meanPooledEmbeddingsAgreeWithOnnxRuntimeOneByOne() throws Exception {
        for (String sentence : SENTENCES) {
            TokenBatch batch = tokenizer.encode(List.of(sentence));
            float[] ours = djlEmbeddings(batch)[0];
            float[] original = onnxEmbedding(Arrays.copyOf(batch.ids(), batch.length()));
            assertClose(sentence, original, ours);
        }
    }

    @Test
    void paddingInABatchDoesNotChangeAnyEmbedding() throws Exception {
        TokenBatch batch = tokenizer.encode(SENTENCES);
        assertEquals(WordPieceTokenizer.DEFAULT_MAX_TOKENS, batch.length(), "the long text is truncated");
        float[][] ours = djlEmbeddings(batch);
        for (int row = 0; row < SENTENCES.size(); row++) {
            long[] ids = realIds(batch, row);
            assertClose(SENTENCES.get(row), onnxEmbedding(ids), ours[row]);
        }
    }

    private static long[] realIds(TokenBatch batch, int row) {
        int from = row * batch.length();
        int count = 0;
        while (count < batch.length() && batch.mask()[from + count] == 1) {
            count++;
        }
        return Arrays.copyOfRange(batch.ids(), from, from + count);
    }

    private static float[][] djlEmbeddings(TokenBatch batch) {
        try (NDManager step = manager.newSubManager()) {
            NDList out = encoder.forward(new ParameterStore(step, false), batch.toArrays(step), false);
            float[] flat = out.get(1).toFloatArray();
            int hidden = encoder.config().hiddenSize();
            float[][] rows = new float[batch.size()][];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = Arrays.copyOfRange(flat, r * hidden, (r + 1) * hidden);
            }
            return rows;
        }
    }

    private static float[] onnxEmbedding(long[] ids) throws Exception {
        long[][] idRows = {ids};
        long[][] mask = {filled(ids.length, 1)};
        long[][] types = {filled(ids.length, 0)};
        Map<String, ai.onnxruntime.OnnxTensor> inputs = new HashMap<>();
        inputs.put("input_ids", ai.onnxruntime.OnnxTensor.createTensor(ort, idRows));
        inputs.put("attention_mask", ai.onnxruntime.OnnxTensor.createTensor(ort, mask));
        if (session.getInputNames().contains("token_type_ids")) {
            inputs.put("token_type_ids", ai.onnxruntime.OnnxTensor.createTensor(ort, types));
        }
        try (OrtSession.Result result = session.run(inputs)) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            float[] mean = new float[hidden[0][0].length];
            for (float[] token : hidden[0]) {
                for (int i = 0; i < mean.length; i++) {
                    mean[i] += token[i] / ids.length;
                }
            }
            return mean;
        } finally {
            inputs.values().forEach(ai.onnxruntime.OnnxTensor::close);
        }
    }

    private static long[] filled(int length, long value) {
        long[] array = new long[length];
        Arrays.fill(array, value);
        return array;
    }

    private static void assertClose(String sentence, float[] expected, float[] actual) {
        assertEquals(expected.length, actual.length);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        assertTrue(worst < TOLERANCE, "max difference " + worst + " for: " + sentence);
    }
}
