package dev.chatdesk.models.serving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.encoder.SentenceEmbedder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Served to many callers at once, the sentence encoder gives every text the vector it gives it alone. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchingSentenceEmbedderTest {
    private static final float TOLERANCE = 1e-4f;
    /** Small batches, so that a list of a few dozen texts is queued in several windows. */
    private static final BatchingSettings SMALL_BATCHES = new BatchingSettings(4, Duration.ofMillis(2), 64, 0, 2);

    private SentenceEmbedder alone;
    private BatchingSentenceEmbedder served;

    @BeforeAll
    void load() {
        alone = new SentenceEmbedder(PretrainedEncoder.defaultEncoder());
        served = new BatchingSentenceEmbedder(PretrainedEncoder.defaultEncoder(), SMALL_BATCHES);
    }

    @AfterAll
    void close() {
        served.close();
        alone.close();
    }

    @Test
    void aLongListGetsEachTextItsOwnUnitVectorInTheOrderGiven() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            texts.add("Parcel " + i + " ".repeat(i % 3) + "was " + "very ".repeat(i) + "late");
        }
        texts.add(10, "A passage longer than the encoder reads: " + "returns are free within thirty days. ".repeat(60));
        texts.add(20, "hi");

        List<float[]> expected = alone.embed(texts);
        List<float[]> vectors = served.embed(texts);

        assertEquals(texts.size(), vectors.size());
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(expected.get(i), vectors.get(i), TOLERANCE, texts.get(i));
        }
        assertEquals(1.0, norm(vectors.get(10)), 1e-5);
    }

    @Test
    void concurrentQuestionsEachGetTheirOwnVector() throws Exception {
        List<String> questions = IntStream.range(0, 24).mapToObj(i -> "where is order number " + i + "?").toList();
        List<Callable<float[]>> asks = questions.stream().<Callable<float[]>>map(q -> () -> served.embedQuery(q)).toList();
        try (ExecutorService customers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<float[]>> answers = customers.invokeAll(asks);
            for (int i = 0; i < questions.size(); i++) {
                assertArrayEquals(alone.embedQuery(questions.get(i)), answers.get(i).get(), TOLERANCE, questions.get(i));
            }
        }
    }

    @Test
    void aQuestionGetsTheEncodersQueryInstruction() {
        String question = "怎么申请退货？";
        try (SentenceEmbedder chineseAlone = new SentenceEmbedder(PretrainedEncoder.defaultEncoder(Language.ZH));
                BatchingSentenceEmbedder chinese = new BatchingSentenceEmbedder(PretrainedEncoder.defaultEncoder(Language.ZH),
                        SMALL_BATCHES)) {
            assertArrayEquals(chineseAlone.embedQuery(question), chinese.embedQuery(question), TOLERANCE);
            assertArrayEquals(chineseAlone.embed(List.of(question)).get(0), chinese.embed(List.of(question)).get(0), TOLERANCE);
        }
    }

    @Test
    void onceClosedItRefusesWorkWithAClearError() {
        BatchingSentenceEmbedder closed = new BatchingSentenceEmbedder(PretrainedEncoder.defaultEncoder(), SMALL_BATCHES);
        closed.close();

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> closed.embedQuery("hello"));
        assertEquals("the sentence encoder is closed", refused.getMessage());
    }

    private static double norm(float[] vector) {
        double squares = 0;
        for (float v : vector) {
            squares += v * v;
        }
        return Math.sqrt(squares);
    }
}
