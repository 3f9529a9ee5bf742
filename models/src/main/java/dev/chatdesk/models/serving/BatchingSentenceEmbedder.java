package dev.chatdesk.models.serving;

import dev.chatdesk.core.kb.TextEmbedder;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.encoder.SentenceEmbedder;
import dev.chatdesk.models.text.TokenBatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

/**
 * The vectors {@link SentenceEmbedder} gives (to 1e-4), served to many callers at once as the NLU
 * is: every text goes through a {@link BatchingQueue}, whose workers run the pretrained encoder's
 * ONNX file on ONNX Runtime in batches of similar length, so the messages of concurrent
 * conversations share an encoder pass instead of waiting for each other's. A long list (a
 * knowledge base's passages) is queued a few batches at a time, shortest texts first, so it never
 * fills the queue and each batch pads little. Thread-safe; close it to stop the workers.
 */
public final class BatchingSentenceEmbedder implements TextEmbedder, AutoCloseable {
    private final BatchingQueue<float[]> queue;
    private final int dimensions;
    private final String queryPrefix;
    private final int window;

    /** Starts workers as {@code settings} has them on the encoder's ONNX file. */
    public BatchingSentenceEmbedder(PretrainedEncoder encoder, BatchingSettings settings) {
        this.queue = new BatchingQueue<>(new UnitLength(new OnnxRuntimeEncoder(encoder, SentenceEmbedder.MAX_TOKENS, settings)),
                "the sentence encoder", settings, "chatdesk-embedder-");
        this.dimensions = encoder.config().hiddenSize();
        this.queryPrefix = encoder.queryPrefix();
        this.window = settings.maxBatch() * settings.workers();
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, texts.size()).boxed().toList());
        order.sort(Comparator.comparingInt(i -> texts.get(i).length()));
        List<float[]> vectors = new ArrayList<>(Collections.nCopies(texts.size(), null));
        for (int from = 0; from < order.size(); from += window) {
            List<Integer> slice = order.subList(from, Math.min(order.size(), from + window));
            List<CompletableFuture<float[]>> queued = slice.stream().map(i -> queue.submit(texts.get(i))).toList();
            for (int i = 0; i < slice.size(); i++) {
                vectors.set(slice.get(i), join(queued.get(i)));
            }
        }
        return vectors;
    }

    /** The question after the encoder's query instruction (bge's retrieval instruction; none for MiniLM). */
    @Override
    public float[] embedQuery(String question) {
        return join(queue.submit(queryPrefix + question));
    }

    /** The number of texts encoded so far (cache hits and repeats within a batch not counted). */
    public long encodedTexts() {
        return queue.encodedTexts();
    }

    private static float[] join(CompletableFuture<float[]> vector) {
        try {
            return vector.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public void close() {
        queue.close();
    }

    /** An encoder's pooled vectors scaled to unit length, so that a dot product is a cosine. */
    private record UnitLength(BatchScorer<float[]> pooled) implements BatchScorer<float[]> {
        @Override
        public long[] tokenize(String text) {
            return pooled.tokenize(text);
        }

        @Override
        public List<float[]> score(TokenBatch batch) {
            List<float[]> vectors = pooled.score(batch);
            for (float[] vector : vectors) {
                double squares = 0;
                for (float v : vector) {
                    squares += v * v;
                }
                float scale = (float) (1 / Math.max(Math.sqrt(squares), 1e-12));
                for (int i = 0; i < vector.length; i++) {
                    vector[i] *= scale;
                }
            }
            return vectors;
        }

        @Override
        public void close() {
            pooled.close();
        }
    }
}
