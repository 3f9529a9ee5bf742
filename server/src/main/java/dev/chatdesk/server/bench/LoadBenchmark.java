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
 * the knowledge base. Further deployments (PostgreSQL, several nodes) are then started in turn and
 * measured the same way. Each run is under load until the JIT compiler settles before it is
 * measured, so all are measured in their steady state.
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
     * @param meanBatch texts per encoder pass of the model over the level
     * @param sentenceTextsPerMessage texts the sentence encoder embedded per message over the level
     *     (answer choice, article search; 0 for the NLU alone)
     */
    public record Measured(Level level, double meanBatch, double sentenceTextsPerMessage) {
        static Measured of(Level level, EncoderWork work) {
            return new Measured(level, work.meanBatch(), level.messages() == 0 ? Double.NaN
                    : (double) work.sentenceTexts() / level.messages());
        }
    }

    /**
     * The servers of one deployment over HTTP.
     *
     * @param deployment the store and the number of nodes
     * @param levels one level per concurrency
     * @param warmUpSeconds how long the servers ran before they were measured, until the JIT compiler settled
     * @param traffic what happened to the HTTP customers, warm-ups included
     */
    public record DeploymentResult(Deployment deployment, List<Measured> levels, double warmUpSeconds, TrafficCounts traffic) {
        /** The best throughput of its levels. */
        public double bestMessagesPerSecond() {
            return best(levels);
        }

        /** Failed messages of all measured levels. */
        public long errors() {
            return levels.stream().mapToLong(m -> m.level().errors()).sum();
        }
    }

    /**
     * What one run measured.
     *
     * @param nluOnly the model alone, one level per concurrency
     * @param deployments the servers over HTTP, SQLite on one node first
     * @param messages how many different customer messages the mix has
     * @param secondsPerLevel the measured seconds of each level (each after a short warm-up)
     * @param workers the model's inference threads, in every measurement
     * @param nluWarmUpSeconds how long the NLU alone ran before it was measured, until the JIT compiler settled
     */
    public record Result(List<Measured> nluOnly, List<DeploymentResult> deployments, int messages, double secondsPerLevel,
            int workers, double nluWarmUpSeconds) {
        /** The first deployment: SQLite on one node, what {@code ./chatdesk serve} runs. */
        public DeploymentResult endToEnd() {
            return deployments.getFirst();
        }

        /** The best end-to-end throughput over the best NLU-only throughput. */
        public double ratioToNlu() {
            return endToEnd().bestMessagesPerSecond() / best(nluOnly);
        }

        /** End-to-end throughput over NLU-only throughput at the highest concurrency. */
        public double ratioAtHighestConcurrency() {
            return endToEnd().levels().getLast().level().messagesPerSecond() / nluOnly.getLast().level().messagesPerSecond();
        }

        /** The highest concurrency measured. */
        public int highestConcurrency() {
            return nluOnly.getLast().level().concurrency();
        }

        /** Failed end-to-end messages of all measured levels of all deployments. */
        public long errors() {
            return deployments.stream().mapToLong(DeploymentResult::errors).sum();
        }
    }

    private static double best(List<Measured> levels) {
        return levels.stream().mapToDouble(m -> m.level().messagesPerSecond()).max().orElse(Double.NaN);
    }

    private LoadBenchmark() {}

    /**
     * Runs the benchmark with {@code secondsPerLevel} of load per concurrency: SQLite on one node,
     * then each of the further deployments given; the demo model is cached in (or trained into)
     * {@code dataDir/models}. Progress goes to {@code progress}.
     */
    public static Result run(Path dataDir, double secondsPerLevel, List<Deployment> further, TrainingProgress progress)
            throws Exception {
        if (!(secondsPerLevel > 0 && secondsPerLevel <= 3600)) {
            throw new IllegalArgumentException("seconds per level must be in (0, 3600], was " + secondsPerLevel);
        }
        BotDefinition bot = BotDirectory.loadDemo();
        List<Deployment> deployments = new ArrayList<>();
        deployments.add(Deployment.sqlite());
        deployments.addAll(further);
        NluAlone nlu = null;
        List<DeploymentResult> results = new ArrayList<>();
        for (Deployment deployment : deployments) {
            try (BenchNodes nodes = BenchNodes.start(deployment, dataDir, progress)) {
                if (nlu == null) {
                    // While the first deployment's server is up and idle, as it was before there were several.
                    nlu = nluAlone(bot, nodes.config().nlu().applyTo(BatchingSettings.defaults()), dataDir, secondsPerLevel, progress);
                }
                results.add(overHttp(deployment, nodes, nlu.messages(), secondsPerLevel, progress));
            }
        }
        return new Result(nlu.levels(), results, nlu.messages().size(), secondsPerLevel, nlu.workers(), nlu.warmUpSeconds());
    }

    /** The model alone: the benchmark's messages, its levels, its warm-up and its inference threads. */
    private record NluAlone(List<String> messages, List<Measured> levels, double warmUpSeconds, int workers) {}

    /** The demo bot's trained model behind a predictor of its own, at each concurrency. */
    private static NluAlone nluAlone(BotDefinition bot, BatchingSettings settings, Path dataDir, double secondsPerLevel,
            TrainingProgress progress) throws Exception {
        TrainedNlu model = ModelCache.inDataDirectory(dataDir)
                .trainOrLoad(BotTrainingData.of(bot), TrainingSettings.defaults(), PretrainedEncoder.defaultEncoder(), progress);
        try (BatchingPredictor predictor = new BatchingPredictor(model, settings)) {
            List<String> messages = BenchMessages.of(bot, predictor);
            progress.note("NLU alone: warming up until the JIT compiler settles");
            double warmUp = warmUp(messages, () -> NluBenchmark.client(predictor));
            List<Measured> levels = new ArrayList<>();
            for (int concurrency : CONCURRENCIES) {
                progress.note("NLU alone, " + concurrency + " concurrent messages");
                EncoderWork before = EncoderWork.of(predictor);
                Level level = NluBenchmark.level(messages, concurrency, secondsPerLevel, () -> NluBenchmark.client(predictor));
                levels.add(Measured.of(level, EncoderWork.of(predictor).since(before)));
            }
            return new NluAlone(messages, levels, warmUp, settings.workers());
        }
    }

    private static DeploymentResult overHttp(Deployment deployment, BenchNodes nodes, List<String> messages,
            double secondsPerLevel, TrainingProgress progress) throws Exception {
        try (CustomerTraffic customers = new CustomerTraffic(nodes.ports())) {
            progress.note(deployment.label() + ": warming up until the JIT compiler settles");
            double warmUp = warmUp(messages, customers::newCustomer);
            List<Measured> levels = new ArrayList<>();
            for (int concurrency : CONCURRENCIES) {
                progress.note(deployment.label() + ", over HTTP: " + concurrency + " concurrent conversations");
                EncoderWork before = customers.serverEncoderWork();
                Level level = NluBenchmark.level(messages, concurrency, secondsPerLevel, customers::newCustomer);
                levels.add(Measured.of(level, customers.serverEncoderWork().since(before)));
            }
            return new DeploymentResult(deployment, levels, warmUp, customers.counts());
        }
    }

    /** Load at the highest concurrency until the JIT compiler settles; returns the seconds it took. */
    private static double warmUp(List<String> messages, Supplier<? extends NluBenchmark.Client> clients)
            throws InterruptedException {
        return JitWarmUp.untilSettled(
                () -> NluBenchmark.level(messages, HIGHEST_CONCURRENCY, WARM_UP_ROUND_SECONDS, clients), MAX_WARM_UP_SECONDS);
    }
}
