package dev.chatdesk.models.serving;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.chatdesk.core.nlu.NluOverloadedException;
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
 * Serves a {@link BatchScorer} to many callers at once: texts are queued, and worker threads take
 * them in batches (up to {@code maxBatch}, waiting at most {@code maxWait} for a batch to fill),
 * split each batch into passes of similar length ({@link PaddingPlanner}) and pad each pass to its
 * longest text. Results of repeated texts come from a cache. Callers never block; a full queue
 * fails the future with {@link NluOverloadedException}. Thread-safe.
 *
 * @param <R> the result for one text
 */
final class BatchingQueue<R> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BatchingQueue.class);

    private record Pending<R>(String text, CompletableFuture<R> result) {}

    private final BatchScorer<R> scorer;
    private final String name;
    private final BatchingSettings settings;
    private final BlockingQueue<Pending<R>> queue;
    private final Cache<String, R> cache;
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong encoded = new AtomicLong();
    private volatile boolean running = true;

    /**
     * Starts the workers (threads named {@code threadPrefix} and a number); the queue owns and closes
     * the scorer, which its errors call {@code name} ("the NLU model").
     */
    BatchingQueue(BatchScorer<R> scorer, String name, BatchingSettings settings, String threadPrefix) {
        this.scorer = scorer;
        this.name = name;
        this.settings = settings;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.cache = settings.cacheSize() > 0 ? Caffeine.newBuilder().maximumSize(settings.cacheSize()).build() : null;
        for (int i = 0; i < settings.workers(); i++) {
            workers.add(Thread.ofPlatform().name(threadPrefix + i).daemon(true).start(this::serve));
        }
    }

    /** The number of passes run so far (a batch may take more than one). */
    long batches() {
        return batches.get();
    }

    /** The number of texts scored so far (cache hits and repeats within a batch not counted). */
    long encodedTexts() {
        return encoded.get();
    }

    /** Queues a text; the future completes with its result, or fails on overload, close or a scoring error. */
    CompletableFuture<R> submit(String text) {
        if (cache != null) {
            R cached = cache.getIfPresent(text);
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
        }
        CompletableFuture<R> result = new CompletableFuture<>();
        if (!running) {
            result.completeExceptionally(new IllegalStateException(name + " is closed"));
        } else if (!queue.offer(new Pending<>(text, result))) {
            result.completeExceptionally(new NluOverloadedException(
                    "the queue of " + name + " is full (" + settings.queueCapacity() + " texts waiting)"));
        }
        return result;
    }

    private void serve() {
        scorer.startWorker();
        List<Pending<R>> batch = new ArrayList<>(settings.maxBatch());
        int previousBatchSize = 0;
        while (running) {
            try {
                Pending<R> first = queue.poll(100, TimeUnit.MILLISECONDS);
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
        failAll(new IllegalStateException(name + " is closed"));
    }

    /**
     * Adds what is queued, waiting until the batch is full or the first text waited enough.
     * Waiting only pays when texts arrive together: after a batch of one (a single client),
     * the next batch takes what is queued and goes at once.
     */
    private void gather(List<Pending<R>> batch, int previousBatchSize) throws InterruptedException {
        long wait = previousBatchSize > 1 ? settings.maxWait().toNanos() : 0;
        long deadline = System.nanoTime() + wait;
        while (batch.size() < settings.maxBatch()) {
            queue.drainTo(batch, settings.maxBatch() - batch.size());
            long left = deadline - System.nanoTime();
            if (batch.size() >= settings.maxBatch() || left <= 0) {
                return;
            }
            Pending<R> next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
        }
    }

    private void run(List<Pending<R>> batch) {
        Map<String, List<Pending<R>>> byText = new LinkedHashMap<>();
        for (Pending<R> p : batch) {
            byText.computeIfAbsent(p.text(), k -> new ArrayList<>()).add(p);
        }
        List<String> texts = new ArrayList<>(byText.keySet());
        try {
            List<long[]> ids = texts.stream().map(scorer::tokenize).toList();
            int[] lengths = ids.stream().mapToInt(a -> a.length).toArray();
            for (List<Integer> group : PaddingPlanner.plan(lengths)) {
                List<R> results = scorer.score(TokenBatch.padded(group.stream().map(ids::get).toList()));
                batches.incrementAndGet();
                encoded.addAndGet(group.size());
                for (int i = 0; i < group.size(); i++) {
                    String text = texts.get(group.get(i));
                    R result = results.get(i);
                    if (cache != null) {
                        cache.put(text, result);
                    }
                    byText.get(text).forEach(p -> p.result().complete(result));
                }
            }
        } catch (RuntimeException e) {
            LOG.error("{} failed on a batch of {} texts", name, texts.size(), e);
            batch.forEach(p -> p.result().completeExceptionally(e));
        }
    }

    private void failAll(RuntimeException reason) {
        Pending<R> p;
        while ((p = queue.poll()) != null) {
            p.result().completeExceptionally(reason);
        }
    }

    /** Stops the workers (what is still queued fails) and closes the scorer. */
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
        scorer.close();
    }
}
