package dev.chatdesk.server.bench;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.serving.BatchingPredictor;
import dev.chatdesk.models.serving.BatchingSettings;
import dev.chatdesk.models.serving.NluBenchmark;
import dev.chatdesk.models.serving.NluBenchmark.Level;
import dev.chatdesk.models.training.BotTrainingData;
import dev.chatdesk.models.training.ModelCache;
import dev.chatdesk.models.training.TrainingProgress;
import dev.chatdesk.models.training.TrainingSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Measures the whole server against its NLU alone, in one run on one machine: the real server
 * with the demo bot starts in-process; then, while it is idle, the same trained model behind its
 * own predictor (same settings, result cache off) reads the benchmark's messages at each
 * concurrency; then customers send the same messages to the server over HTTP at the same
 * concurrencies, each answer passing through the store, the model, the dialogue manager and
 * the knowledge base. Each of the two runs under load until the JIT compiler settles before it is
 * measured, so both are measured in their steady state.
 */
public final class LoadBenchmark {
    /** The concurrencies measured, in order. */
    private static final int[] CONCURRENCIES = {1, 8, 32};
    private static final int HIGHEST_CONCURRENCY = CONCURRENCIES[CONCURRENCIES.length - 1];
    /** Seconds of one round of the warm-up before each measurement. */
    private static final double WARM_UP_ROUND_SECONDS = 2;
    /** The longest warm-up before each measurement, in seconds. */
    private static final double MAX_WARM_UP_SECONDS = 90;

    /**
     * One measured concurrency.
     *
     * @param level throughput, latency and errors
     * @param meanBatch texts per encoder pass of the model over the level and its warm-up
     */
    public record Measured(Level level, double meanBatch) {}

    /**
     * What one run measured.
     *
     * @param nluOnly the model alone, one level per concurrency
     * @param endToEnd the server over HTTP, one level per concurrency
     * @param messages how many different customer messages the mix has
     * @param secondsPerLevel the measured seconds of each level (each after a short warm-up)
     * @param workers the model's inference threads, in both measurements
     * @param nluWarmUpSeconds how long the NLU alone ran before it was measured, until the JIT compiler settled
     * @param endToEndWarmUpSeconds how long the server ran before it was measured, until the JIT compiler settled
     * @param traffic what happened to the HTTP customers, warm-ups included
     */
    public record Result(List<Measured> nluOnly, List<Measured> endToEnd, int messages, double secondsPerLevel, int workers,
            double nluWarmUpSeconds, double endToEndWarmUpSeconds, TrafficCounts traffic) {
        /** The best end-to-end throughput over the best NLU-only throughput. */
        public double ratioToNlu() {
            return best(endToEnd) / best(nluOnly);
        }

        /** End-to-end throughput over NLU-only throughput at the highest concurrency. */
        public double ratioAtHighestConcurrency() {
            return endToEnd.getLast().level().messagesPerSecond() / nluOnly.getLast().level().messagesPerSecond();
        }

        /** The highest concurrency measured. */
        public int highestConcurrency() {
            return endToEnd.getLast().level().concurrency();
        }

        /** Failed end-to-end messages of all measured levels. */
        public long errors() {
            return endToEnd.stream().mapToLong(m -> m.level().errors()).sum();
        }

        private static double best(List<Measured> levels) {
            return levels.stream().mapToDouble(m -> m.level().messagesPerSecond()).max().orElse(Double.NaN);
        }
    }

    private LoadBenchmark() {}

    /**
     * Runs the benchmark with {@code secondsPerLevel} of load per concurrency; the demo model is
     * cached in (or trained into) {@code dataDir/models}. Progress goes to {@code progress}.
     */
    public static Result run(Path dataDir, double secondsPerLevel, TrainingProgress progress) throws Exception {
        if (!(secondsPerLevel > 0 && secondsPerLevel <= 3600)) {
            throw new IllegalArgumentException("seconds per level must be in (0, 3600], was " + secondsPerLevel);
        }
        BotDefinition bot = BotDirectory.loadDemo();
        progress.note("starting the server with the demo bot");
        try (BenchServer server = BenchServer.start(dataDir, progress)) {
            BatchingSettings settings = server.config().nlu().applyTo(BatchingSettings.defaults());
            TrainedNlu model = ModelCache.inDataDirectory(dataDir)
                    .trainOrLoad(BotTrainingData.of(bot), TrainingSettings.defaults(), PretrainedEncoder.defaultEncoder(), progress);
            List<String> messages;
            double nluWarmUp;
            List<Measured> nluOnly = new ArrayList<>();
            try (BatchingPredictor predictor = new BatchingPredictor(model, settings)) {
                messages = BenchMessages.of(bot, predictor);
                progress.note("NLU alone: warming up until the JIT compiler settles");
                nluWarmUp = warmUp(messages, () -> NluBenchmark.client(predictor));
                for (int concurrency : CONCURRENCIES) {
                    progress.note("NLU alone, " + concurrency + " concurrent messages");
                    NluWork before = NluWork.of(predictor);
                    Level level = NluBenchmark.level(messages, concurrency, secondsPerLevel, () -> NluBenchmark.client(predictor));
                    nluOnly.add(new Measured(level, NluWork.of(predictor).since(before).meanBatch()));
                }
            }
            List<Measured> endToEnd = new ArrayList<>();
            try (CustomerTraffic customers = new CustomerTraffic(server.port())) {
                progress.note("end to end: warming up until the JIT compiler settles");
                double endToEndWarmUp = warmUp(messages, customers::newCustomer);
                for (int concurrency : CONCURRENCIES) {
                    progress.note("end to end over HTTP, " + concurrency + " concurrent conversations");
                    NluWork before = customers.serverNluWork();
                    Level level = NluBenchmark.level(messages, concurrency, secondsPerLevel, customers::newCustomer);
                    endToEnd.add(new Measured(level, customers.serverNluWork().since(before).meanBatch()));
                }
                return new Result(nluOnly, endToEnd, messages.size(), secondsPerLevel, settings.workers(),
                        nluWarmUp, endToEndWarmUp, customers.counts());
            }
        }
    }

    /** Load at the highest concurrency until the JIT compiler settles; returns the seconds it took. */
    private static double warmUp(List<String> messages, Supplier<? extends NluBenchmark.Client> clients)
            throws InterruptedException {
        return JitWarmUp.untilSettled(
                () -> NluBenchmark.level(messages, HIGHEST_CONCURRENCY, WARM_UP_ROUND_SECONDS, clients), MAX_WARM_UP_SECONDS);
    }
}
