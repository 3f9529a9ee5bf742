package dev.chatdesk.models.serving;

import dev.chatdesk.core.nlu.NluModel;
import dev.chatdesk.core.nlu.NluOverloadedException;
import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.models.encoder.DjlRuntime;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.text.TokenBatch;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Serves a trained model to many callers at once through a {@link BatchingQueue}, on PyTorch or
 * ONNX Runtime ({@link ServingEngine}): messages are queued, and inference threads (one per core
 * by default, each running its operations on one core when there are several) take them in
 * batches of similar length. Results of repeated texts come from a cache. Callers never block; a full queue fails the future with {@link
 * NluOverloadedException}. Thread-safe.
 */
public final class BatchingPredictor implements NluModel {
    private final TrainedNlu model;
    private final ServingEngine engine;
    private final BatchingQueue<NluResult> queue;

    /**
     * Starts the inference threads on the {@link ServingEngine#fastestFor fastest engine} for the
     * model; the predictor owns and closes the model.
     */
    public BatchingPredictor(TrainedNlu model, BatchingSettings settings) {
        this(model, settings, ServingEngine.fastestFor(model));
    }

    /**
     * Starts the inference threads on the given engine; the predictor owns and closes the model.
     *
     * @throws IllegalArgumentException if the engine cannot run the model
     */
    public BatchingPredictor(TrainedNlu model, BatchingSettings settings, ServingEngine engine) {
        BatchScorer<NluResult> scorer = switch (engine) {
            case PYTORCH -> new NluScorer(model, settings);
            case ONNX_RUNTIME -> new OnnxRuntimeNluScorer(model, settings);
        };
        this.model = model;
        this.engine = engine;
        this.queue = new BatchingQueue<>(scorer, "the NLU model", settings, "chatdesk-nlu-");
    }

    /** The engine that runs the model's encoder. */
    public ServingEngine engine() {
        return engine;
    }

    /** The number of encoder passes run so far (a batch may take more than one). */
    public long batches() {
        return queue.batches();
    }

    /** The number of texts encoded so far (cache hits and repeats within a batch not counted). */
    public long encodedTexts() {
        return queue.encodedTexts();
    }

    /** The model being served. */
    public TrainedNlu model() {
        return model;
    }

    @Override
    public CompletableFuture<NluResult> understand(String text) {
        return queue.submit(text);
    }

    @Override
    public void close() {
        queue.close();
    }

    /** The network's scores of a batch as the bot sees them, on PyTorch. */
    private record NluScorer(TrainedNlu model, BatchingSettings settings) implements BatchScorer<NluResult> {
        @Override
        public void startWorker() {
            if (settings.singleThreadedWorkers()) {
                DjlRuntime.useOneCoreOnThisThread();
            }
        }

        @Override
        public long[] tokenize(String text) {
            return model.tokenizer().ids(text);
        }

        @Override
        public List<NluResult> score(TokenBatch batch) {
            return model.score(batch).stream().map(model::toResult).toList();
        }

        @Override
        public void close() {
            model.close();
        }
    }
}
