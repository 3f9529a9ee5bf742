package dev.chatdesk.models.serving;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.chatdesk.core.nlu.NluModel;
import dev.chatdesk.models.bert.BertConfig;
import dev.chatdesk.models.encoder.DjlRuntime;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Measures NLU serving against the machine's physical limit and against ONNX Runtime. The best
 * float32 matrix-multiply rate of the PyTorch engine, divided by the model's FLOPs per message, is
 * the most messages a second the machine could understand; the throughput reached through the
 * {@link BatchingPredictor} at several concurrencies, on the engine the server serves the model
 * on ({@link ServingEngine#fastestFor}), is compared with it, and with ONNX Runtime running the
 * model's pretrained encoder from its original ONNX file, sentence vectors without heads, through
 * the same batching, workers and threads ({@link OnnxRuntimeEncoder}), at each concurrency in the
 * same run.
 */
public final class NluBenchmark {
    private static final int[] GEMM_SIZES = {256, 512, 1024, 2048};
    private static final double GEMM_SECONDS_PER_SIZE = 0.6;

    /**
     * The result at one concurrency.
     *
     * @param concurrency clients sending one message at a time each
     * @param messagesPerSecond messages understood per second
     * @param p50Ms median latency
     * @param p99Ms 99th percentile latency
     * @param messages messages understood
     * @param errors messages that failed
     */
    public record Level(int concurrency, double messagesPerSecond, double p50Ms, double p99Ms, long messages, long errors) {}

    /**
     * The whole benchmark.
     *
     * @param gemmGflops the best measured matrix-multiply rate
     * @param flopsPerMessage the model's mean FLOPs per message of the mix
     * @param meanTokens the mean tokens per message of the mix
     * @param limitMessagesPerSecond gemmGflops over flopsPerMessage
     * @param results one per concurrency
     * @param ratioToLimit the best throughput over the limit
     * @param onnxRuntime ONNX Runtime's, one per concurrency as {@code results}
     */
    public record Result(double gemmGflops, double flopsPerMessage, double meanTokens,
            double limitMessagesPerSecond, List<Level> results, double ratioToLimit, List<Level> onnxRuntime) {
        /** Our throughput over ONNX Runtime's at each concurrency, in the order measured. */
        public Map<Integer, Double> ratioToOnnxRuntimeByConcurrency() {
            Map<Integer, Double> ratios = new LinkedHashMap<>();
            for (int i = 0; i < results.size(); i++) {
                ratios.put(results.get(i).concurrency(),
                        results.get(i).messagesPerSecond() / onnxRuntime.get(i).messagesPerSecond());
            }
            return ratios;
        }

        /** Our throughput over ONNX Runtime's at the highest concurrency. */
        public double ratioToOnnxRuntime() {
            int highest = results.stream().mapToInt(Level::concurrency).max().orElseThrow();
            return ratioToOnnxRuntimeByConcurrency().get(highest);
        }
    }

    private NluBenchmark() {}

    /**
     * Runs the benchmark: the GEMM peak first, with every core available to the engine (serving
     * workers make PyTorch's matrix library single-threaded, which would halve the measured
     * peak), then at each concurrency {@code secondsPerLevel} through a predictor serving the
     * model (which it closes) and right after as long through ONNX Runtime running {@code
     * pretrained}, the encoder the model was built from, with the same settings.
     */
    public static Result run(TrainedNlu model, PretrainedEncoder pretrained, BatchingSettings settings,
            List<String> messages, int[] concurrencies, double secondsPerLevel) throws InterruptedException {
        if (!(model.spec().encoder() instanceof BertConfig config)) {
            throw new IllegalArgumentException("the benchmark counts the FLOPs of a BERT built from DJL blocks;"
                    + " it cannot count a TorchScript module's");
        }
        if (!config.equals(pretrained.config())) {
            throw new IllegalArgumentException("the model's encoder " + config + " is not " + pretrained.fingerprint()
                    + " (" + pretrained.config() + ")");
        }
        double gflops = gemmGflops();
        WordPieceTokenizer tokenizer = model.tokenizer();
        double flops = 0;
        double tokens = 0;
        for (String m : messages) {
            int length = tokenizer.ids(m).length;
            tokens += length;
            flops += config.flopsPerSequence(length);
        }
        flops /= messages.size();
        tokens /= messages.size();
        double limit = gflops * 1e9 / flops;
        List<Level> levels = new ArrayList<>();
        List<Level> peerLevels = new ArrayList<>();
        double best = 0;
        try (BatchingPredictor predictor = new BatchingPredictor(model, settings);
                BatchingQueue<float[]> peer = new BatchingQueue<>(
                        new OnnxRuntimeEncoder(pretrained, model.spec().maxTokens(), settings), "ONNX Runtime", settings,
                        "chatdesk-ort-")) {
            for (int concurrency : concurrencies) {
                Level level = level(messages, concurrency, secondsPerLevel, () -> client(predictor));
                levels.add(level);
                best = Math.max(best, level.messagesPerSecond());
                peerLevels.add(level(messages, concurrency, secondsPerLevel, () -> text -> peer.submit(text).get()));
            }
        }
        return new Result(gflops, flops, tokens, limit, levels, best / limit, peerLevels);
    }

    /** The best rate of square float32 matrix products up to 2048, in GFLOPS, on the PyTorch engine. */
    public static double gemmGflops() {
        double best = 0;
        try (NDManager manager = DjlRuntime.pytorch().newBaseManager()) {
            for (int n : GEMM_SIZES) {
                NDArray a = manager.randomNormal(new Shape(n, n));
                NDArray b = manager.randomNormal(new Shape(n, n));
                a.matMul(b).close();
                long started = System.nanoTime();
                int runs = 0;
                double elapsed;
                do {
                    try (NDArray c = a.matMul(b)) {
                        c.getFloat(0, 0); // forces completion
                    }
                    runs++;
                    elapsed = (System.nanoTime() - started) / 1e9;
                } while (elapsed < GEMM_SECONDS_PER_SIZE);
                best = Math.max(best, 2.0 * n * n * n * runs / elapsed / 1e9);
                a.close();
                b.close();
            }
        }
        return best;
    }

    /**
     * One client of a closed-loop load: it sends a message and waits for the answer before it
     * sends the next. Each client is used by one thread only.
     */
    public interface Client {
        /** Gets ready for the next message, outside the measured latency (such as starting a conversation). */
        default void prepare() throws Exception {}

        /** Sends one message and waits for its answer; throws when it failed. */
        void send(String text) throws Exception;
    }

    /** A client that asks the model directly. */
    public static Client client(NluModel model) {
        return text -> model.understand(text).get();
    }

    /**
     * Measures one concurrency: a short warm-up (a third of {@code seconds}, at most 2 s), then
     * {@code seconds} of closed-loop load by {@code concurrency} clients, each made by {@code
     * clients} and run on its own virtual thread. The clients together take the messages in turn,
     * from the first. Latency is measured around {@link Client#send} alone; a {@code prepare} or
     * {@code send} that throws counts as an error.
     */
    public static Level level(List<String> messages, int concurrency, double seconds, Supplier<? extends Client> clients)
            throws InterruptedException {
        load(messages, concurrency, Math.min(2, seconds / 3), clients);
        return load(messages, concurrency, seconds, clients);
    }

    private static Level load(List<String> messages, int concurrency, double seconds, Supplier<? extends Client> clients)
            throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        List<List<Long>> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            Client client = clients.get();
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < deadline) {
                    String text = messages.get(Math.floorMod(next.getAndIncrement(), messages.size()));
                    try {
                        client.prepare();
                        long sent = System.nanoTime();
                        client.send(text);
                        mine.add(System.nanoTime() - sent);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        Collections.sort(all);
        return new Level(concurrency, all.size() / elapsed, percentile(all, 0.50), percentile(all, 0.99),
                all.size(), errors.get());
    }

    private static double percentile(List<Long> sortedNanos, double q) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }
}
