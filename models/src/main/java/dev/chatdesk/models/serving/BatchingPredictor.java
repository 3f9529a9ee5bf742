package dev.chatdesk.models.serving;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.chatdesk.core.nlu.NluModel;
import dev.chatdesk.core.nlu.NluOverloadedException;
import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.models.encoder.DjlRuntime;
import dev.chatdesk.models.nlu.NluScores;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.text.TokenBatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a trained model to many callers at once: messages are queued, and inference threads
 * (one per core by default) take them in batches (up to {@code maxBatch}, waiting at most {@code maxWait} for a batch to
 * fill), splits each batch into passes of similar length ({@link PaddingPlanner}) and pads each
 * pass to its longest message. Results
 * of repeated texts come from a cache. Callers never block; a full queue fails the future with
 * {@link NluOverloadedException}. Thread-safe.
 */
public final class BatchingPredictor implements NluModel {
    private static final Logger LOG = LoggerFactory.getLogger(BatchingPredictor.class);

    private record Pending(String text, CompletableFuture<NluResult> result) {}

    private final TrainedNlu model;
    private final BatchingSettings settings;
    private final BlockingQueue<Pending> queue;
    private final Cache<String, NluResult> cache;
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong encoded = new AtomicLong();
    private volatile boolean running = true;

    /** Starts the inference thread; the predictor owns and closes the model. */
    public BatchingPredictor(TrainedNlu model, BatchingSettings settings) {
        this.model = model;
        this.settings = settings;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.cache = settings.cacheSize() > 0 ? Caffeine.newBuilder().maximumSize(settings.cacheSize()).build() : null;
        for (int i = 0; i < settings.workers(); i++) {
            workers.add(Thread.ofPlatform().name("chatdesk-nlu-" + i).daemon(true).start(this::serve));
        }
    }

    /** The number of encoder passes run so far (a batch may take more than one). */
    public long batches() {
        return batches.get();
    }

    /** The number of texts encoded so far (cache hits and repeats within a batch not counted). */
    public long encodedTexts() {
        return encoded.get();
    }

    /** The model being served. */
    public TrainedNlu model() {
        return model;
    }

    @Override
    public CompletableFuture<NluResult> understand(String text) {
        if (cache != null) {
            NluResult cached = cache.getIfPresent(text);
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
        }
        CompletableFuture<NluResult> result = new CompletableFuture<>();
        if (!running) {
            result.completeExceptionally(new IllegalStateException("the NLU model is closed"));
        } else if (!queue.offer(new Pending(text, result))) {
            result.completeExceptionally(new NluOverloadedException(
                    "the NLU queue is full (" + settings.queueCapacity() + " messages waiting)"));
        }
        return result;
    }

    private void serve() {
        if (settings.workers() > 1) {
            DjlRuntime.useOneCoreOnThisThread();
        }
        List<Pending> batch = new ArrayList<>(settings.maxBatch());
        int previousBatchSize = 0;
        while (running) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                gather(batch, previousBatchSize);
                previousBatchSize = batch.size();
                run(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
        failAll(new IllegalStateException("the NLU model is closed"));
    }

    /**
     * Adds what is queued, waiting until the batch is full or the first message waited enough.
     * Waiting only pays when messages arrive together: after a batch of one (a single client),
     * the next batch takes what is queued and goes at once.
     */
    private void gather(List<Pending> batch, int previousBatchSize) throws InterruptedException {
        long wait = previousBatchSize > 1 ? settings.maxWait().toNanos() : 0;
        long deadline = System.nanoTime() + wait;
        while (batch.size() < settings.maxBatch()) {
            queue.drainTo(batch, settings.maxBatch() - batch.size());
            long left = deadline - System.nanoTime();
            if (batch.size() >= settings.maxBatch() || left <= 0) {
                return;
            }
            Pending next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
        }
    }

    private void run(List<Pending> batch) {
        Map<String, List<Pending>> byText = new LinkedHashMap<>();
        for (Pending p : batch) {
            byText.computeIfAbsent(p.text(), k -> new ArrayList<>()).add(p);
        }
        List<String> texts = new ArrayList<>(byText.keySet());
        try {
            List<long[]> ids = texts.stream().map(model.tokenizer()::ids).toList();
            int[] lengths = ids.stream().mapToInt(a -> a.length).toArray();
            for (List<Integer> group : PaddingPlanner.plan(lengths)) {
                List<NluScores> scores = model.score(TokenBatch.padded(group.stream().map(ids::get).toList()));
                batches.incrementAndGet();
                encoded.addAndGet(group.size());
                for (int i = 0; i < group.size(); i++) {
                    String text = texts.get(group.get(i));
                    NluResult result = model.toResult(scores.get(i));
                    if (cache != null) {
                        cache.put(text, result);
                    }
                    byText.get(text).forEach(p -> p.result().complete(result));
                }
            }
        } catch (RuntimeException e) {
            LOG.error("NLU inference failed for a batch of {} messages", texts.size(), e);
            batch.forEach(p -> p.result().completeExceptionally(e));
        }
    }

    private void failAll(RuntimeException reason) {
        Pending p;
        while ((p = queue.poll()) != null) {
            p.result().completeExceptionally(reason);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            for (Thread worker : workers) {
                worker.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        model.close();
    }
}
