package dev.chatdesk.models.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.NluOverloadedException;
import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.encoder.TinyTorchScriptEncoder;
import dev.chatdesk.models.encoder.TorchScriptEncoder;
import dev.chatdesk.models.nlu.HeadLayout;
import dev.chatdesk.models.nlu.TrainedNlu;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BatchingPredictorTest {
    private static final HeadLayout LAYOUT = new HeadLayout(5, true);

    private static TrainedNlu newModel() {
        return TrainedNlu.untrained(PretrainedEncoder.defaultEncoder(), LAYOUT, 64);
    }

    @ParameterizedTest
    @EnumSource(ServingEngine.class)
    void concurrentMessagesShareEncoderPassesAndGetTheirOwnResults(ServingEngine engine) throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            texts.add("message number " + i + (i % 3 == 0 ? " with a somewhat longer tail to pad against" : ""));
        }
        try (BatchingPredictor predictor = new BatchingPredictor(newModel(), BatchingSettings.defaults(), engine)) {
            List<CompletableFuture<NluResult>> futures = texts.stream().map(predictor::understand).toList();
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get();
            TrainedNlu model = predictor.model(); // idle now: scoring alone does not race the worker
            for (int i = 0; i < texts.size(); i++) {
                NluResult alone = model.toResult(model.score(List.of(texts.get(i))).get(0));
                NluResult batched = futures.get(i).get();
                assertEquals(alone.intent().name(), batched.intent().name());
                assertEquals(alone.intent().confidence(), batched.intent().confidence(), 1e-4);
                assertEquals(alone.anger(), batched.anger(), 1e-4);
            }
            assertEquals(64, predictor.encodedTexts());
            assertTrue(predictor.batches() <= 16, predictor.batches() + " passes for 64 messages");
        }
    }

    @Test
    void aModelOfTheDefaultEncoderIsServedOnOnnxRuntime() {
        try (BatchingPredictor predictor = new BatchingPredictor(newModel(), BatchingSettings.defaults())) {
            assertEquals(ServingEngine.ONNX_RUNTIME, predictor.engine());
        }
    }

    @Test
    void aModelOfTheChineseDefaultEncoderIsServedOnOnnxRuntime() {
        try (TrainedNlu model = TrainedNlu.untrained(PretrainedEncoder.defaultEncoder(Language.ZH), LAYOUT, 64)) {
            assertEquals(ServingEngine.ONNX_RUNTIME, ServingEngine.fastestFor(model));
        }
    }

    @Test
    void aModelOfABotsOwnTorchScriptEncoderIsServedOnPyTorch(@TempDir Path temp) throws Exception {
        EncoderSource own = TorchScriptEncoder.fromDirectory(TinyTorchScriptEncoder.writeTo(temp.resolve("tiny")));
        try (BatchingPredictor predictor = new BatchingPredictor(TrainedNlu.untrained(own, LAYOUT, 64),
                BatchingSettings.defaults())) {
            assertEquals(ServingEngine.PYTORCH, predictor.engine());
            assertEquals(LAYOUT.intents(), predictor.understand("where is my order").get().ranking().size());
        }
    }

    @Test
    void onnxRuntimeRefusesAnEncoderItCannotRun(@TempDir Path temp) throws Exception {
        EncoderSource own = TorchScriptEncoder.fromDirectory(TinyTorchScriptEncoder.writeTo(temp.resolve("tiny")));
        try (TrainedNlu model = TrainedNlu.untrained(own, LAYOUT, 64)) {
            Exception e = assertThrows(IllegalArgumentException.class,
                    () -> new BatchingPredictor(model, BatchingSettings.defaults(), ServingEngine.ONNX_RUNTIME));
            assertTrue(e.getMessage().contains("ONNX Runtime runs BERT encoders"), e.getMessage());
        }
    }

    @Test
    void aRepeatedTextIsAnsweredFromTheCache() throws Exception {
        try (BatchingPredictor predictor = new BatchingPredictor(newModel(), BatchingSettings.defaults())) {
            NluResult first = predictor.understand("where is my order").get();
            CompletableFuture<NluResult> again = predictor.understand("where is my order");
            assertTrue(again.isDone());
            assertSame(first, again.get());
            assertEquals(1, predictor.encodedTexts());
        }
    }

    @Test
    void aFullQueueRejectsWithOverloadInsteadOfWaiting() throws Exception {
        BatchingSettings tiny = new BatchingSettings(1, Duration.ZERO, 1, 0, 1);
        try (BatchingPredictor predictor = new BatchingPredictor(newModel(), tiny)) {
            List<CompletableFuture<NluResult>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(predictor.understand("text " + i));
            }
            int rejected = 0;
            int answered = 0;
            for (CompletableFuture<NluResult> f : futures) {
                try {
                    f.get();
                    answered++;
                } catch (ExecutionException e) {
                    assertTrue(e.getCause() instanceof NluOverloadedException, e.getCause().toString());
                    rejected++;
                }
            }
            assertTrue(rejected > 0 && answered > 0, rejected + " rejected, " + answered + " answered");
        }
    }
}
