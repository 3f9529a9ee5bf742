package dev.chatdesk.models.serving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import dev.chatdesk.models.bert.BertEncoder;
import dev.chatdesk.models.bert.PooledVectors;
import dev.chatdesk.models.encoder.DjlRuntime;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.text.TokenBatch;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** ONNX Runtime, the benchmark's peer, gives every message the sentence vector our encoder gives it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnnxRuntimeEncoderTest {
    private static final float TOLERANCE = 1e-4f;
    private static final List<String> MESSAGES = List.of(
            "hi",
            "Where is my order?",
            "I want a refund NOW!!!",
            "Can I change the delivery address after I have paid for the parcel?",
            "我的包裹在哪里？",
            "lol ur app keeps crashing when i open the cart");

    private final PretrainedEncoder pretrained = PretrainedEncoder.defaultEncoder();
    private final BatchingSettings settings = BatchingSettings.defaults().withoutCache();
    private NDManager manager;
    private BertEncoder ours;
    private OnnxRuntimeEncoder peer;

    @BeforeAll
    void load() {
        manager = DjlRuntime.pytorch().newBaseManager();
        ours = pretrained.newEncoder(manager, 0f);
        peer = new OnnxRuntimeEncoder(pretrained, WordPieceTokenizer.DEFAULT_MAX_TOKENS, settings);
    }

    @AfterAll
    void close() {
        peer.close();
        manager.close();
    }

    @Test
    void aPaddedBatchGivesEachMessageTheVectorOurEncoderGivesItAlone() {
        List<long[]> ids = MESSAGES.stream().map(peer::tokenize).toList();
        List<float[]> vectors = peer.score(TokenBatch.padded(ids));
        for (int i = 0; i < MESSAGES.size(); i++) {
            assertArrayEquals(oursAlone(ids.get(i)), vectors.get(i), TOLERANCE, MESSAGES.get(i));
        }
    }

    @Test
    void servedThroughTheBatchingQueueEachMessageGetsItsOwnVector() throws Exception {
        OnnxRuntimeEncoder scorer = new OnnxRuntimeEncoder(pretrained, WordPieceTokenizer.DEFAULT_MAX_TOKENS, settings);
        try (BatchingQueue<float[]> queue = new BatchingQueue<>(scorer, "ONNX Runtime", settings, "test-ort-")) {
            List<CompletableFuture<float[]>> futures = MESSAGES.stream().map(queue::submit).toList();
            for (int i = 0; i < MESSAGES.size(); i++) {
                float[] expected = oursAlone(peer.tokenize(MESSAGES.get(i)));
                assertArrayEquals(expected, futures.get(i).get(), TOLERANCE, MESSAGES.get(i));
            }
            assertEquals(MESSAGES.size(), queue.encodedTexts());
        }
    }

    private float[] oursAlone(long[] ids) {
        return PooledVectors.of(ours, manager, TokenBatch.padded(List.of(ids)))[0];
    }
}
