package dev.chatdesk.models.training;

import ai.djl.Device;
import ai.djl.Model;
import dev.chatdesk.models.data.LabelledText;
import dev.chatdesk.models.data.SentimentExample;
import dev.chatdesk.models.encoder.DjlRuntime;
import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.nlu.HeadLayout;
import dev.chatdesk.models.nlu.NluNetwork;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.training.FineTuningSteps.Encoded;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A short training that starts from an earlier model of the same lineage instead of the
 * pretrained encoder, when the intent examples changed a little: a few passes over the changed
 * examples plus a replay of the unchanged ones and of the sentiment data, then a check on the
 * held-out examples the lineage never trained on that the intents got no worse (and sentiment and
 * anger lost at most one held-out example each). Used once.
 */
final class IncrementalRun {
    /** Passes over the changed examples. */
    static final int EPOCHS = 3;
    /** Unchanged intent examples replayed per changed one in each pass, at least {@link #MIN_REPLAY}. */
    static final int REPLAY_PER_CHANGE = 8;
    static final int MIN_REPLAY = 128;
    /** The peak learning rate, as a share of a full training's. */
    static final float LEARNING_RATE_SHARE = 0.5f;
    /**
     * More changed (added or removed) examples than this share of the earlier ones, and more than
     * {@link #ALWAYS_FEW}, call for a full training.
     */
    static final double MAX_CHANGED_SHARE = 0.25;
    static final int ALWAYS_FEW = 16;

    /**
     * What an incremental training trains on.
     *
     * @param train every intent example trained on (the earlier ones still there, and the changed)
     * @param heldOut the held-out intent examples: the earlier model's still there, and a share of a new intent's
     * @param changed the examples the earlier model did not train on
     * @param unchanged the examples the earlier model trained on too
     * @param removed how many examples the earlier model trained on are gone
     */
    record Plan(List<LabelledText> train, List<LabelledText> heldOut, List<LabelledText> changed,
            List<LabelledText> unchanged, int removed) {

        /** Whether so much changed that a full training is the better choice. */
        boolean tooLarge() {
            int earlier = unchanged.size() + removed;
            return changed.size() + removed > Math.max(ALWAYS_FEW, MAX_CHANGED_SHARE * earlier);
        }
    }

    /** The outcome: the model, or why there is none (and a full training is needed). */
    record Outcome(Optional<TrainedNlu> model, String summary) {}

    private final EncoderSource pretrained;
    private final TrainingSettings settings;
    private final TrainingProgress progress;
    private final TrainingData data;
    private final Plan plan;
    private final long started = System.nanoTime();
    private final Random random;

    IncrementalRun(EncoderSource pretrained, TrainingSettings settings, TrainingProgress progress, TrainingData data,
            Plan plan) {
        this.pretrained = pretrained;
        this.settings = settings;
        this.progress = progress;
        this.data = data;
        this.plan = plan;
        this.random = new Random(settings.seed());
    }

    /** How the data's intent examples divide, given the earlier model's record. */
    static Plan plan(TrainingData data, TrainingRecord earlier, TrainingSettings settings) {
        Set<LabelledText> earlierTrain = new HashSet<>(earlier.intentTrain());
        Set<LabelledText> earlierHeldOut = new HashSet<>(earlier.intentHeldOut());
        Set<String> earlierLabels = new HashSet<>();
        earlier.intentTrain().forEach(e -> earlierLabels.add(e.label()));
        List<LabelledText> ofNewIntents = data.intents().stream().filter(e -> !earlierLabels.contains(e.label())).toList();
        Split<LabelledText> newIntents = Split.stratified(
                ofNewIntents, LabelledText::label, settings.validationFraction(), new Random(settings.seed()));
        Set<LabelledText> heldOutOfNew = new HashSet<>(newIntents.heldOut());
        List<LabelledText> train = new ArrayList<>();
        List<LabelledText> heldOut = new ArrayList<>();
        List<LabelledText> changed = new ArrayList<>();
        List<LabelledText> unchanged = new ArrayList<>();
        Set<LabelledText> present = new HashSet<>(data.intents());
        for (LabelledText e : data.intents()) {
            if (earlierHeldOut.contains(e) || heldOutOfNew.contains(e)) {
                heldOut.add(e);
                continue;
            }
            train.add(e);
            (earlierTrain.contains(e) ? unchanged : changed).add(e);
        }
        int removed = (int) earlier.intentTrain().stream().filter(e -> !present.contains(e)).count();
        return new Plan(train, heldOut, changed, unchanged, removed);
    }

    /**
     * Trains from the earlier model (which stays the caller's), checking after each pass against
     * it; keeps the best pass that is no worse, or gives none.
     */
    Outcome run(TrainedNlu earlier) {
        DjlRuntime.pytorch().setRandomSeed((int) settings.seed());
        List<String> intents = data.intentLabels();
        HeadLayout layout = new HeadLayout(intents.size(), !data.sentiment().isEmpty());
        int maxTokens = earlier.spec().maxTokens();
        WordPieceTokenizer tokenizer = pretrained.newTokenizer(maxTokens);
        Model model = Model.newInstance("chatdesk-nlu", Device.cpu(), "PyTorch");
        try {
            NluNetwork network = TrainingRun.newNetwork(pretrained, model, layout, settings);
            WeightTransfer.copy(earlier.network(), earlier.spec().intents(), network, intents);
            Split<SentimentExample> sentiment = TrainingRun.sentimentSplit(data, settings);
            Set<String> earlierIntents = new HashSet<>(earlier.spec().intents());
            List<LabelledText> comparable = plan.heldOut().stream().filter(e -> earlierIntents.contains(e.label())).toList();
            Check check = new Check(HeldOutScores.of(earlier, comparable, sentiment.heldOut()), comparable, sentiment.heldOut());
            TrainedNlu trained = new TrainedNlu(model, network, tokenizer,
                    TrainingRun.specOf(network, data, settings, pretrained, maxTokens, 0, Map.of()));
            Optional<HeldOutScores> kept = train(model, trained, intents, tokenizer, sentiment.train(), check);
            if (kept.isEmpty()) {
                trained.close();
                return new Outcome(Optional.empty(), "the incremental training did worse on the held-out split ("
                        + check.last + ")");
            }
            // the scores on the held-out examples both models can be compared on, before and after
            Map<String, Double> heldOut = new LinkedHashMap<>(kept.get().asMap());
            check.before.asMap().forEach((key, value) -> heldOut.put(key + "Before", value));
            TrainedNlu timed = trained.withSpec(
                    TrainingRun.specOf(network, data, settings, pretrained, maxTokens, seconds(), heldOut));
            TrainedNlu fitted = OutOfScopeFitting.fit(
                    timed, new Split<>(plan.train(), plan.heldOut()), data.oosLabel(), settings.seed());
            return new Outcome(Optional.of(fitted), String.format("%d new and %d removed examples trained on in %.1f s; %s",
                    plan.changed().size(), plan.removed(), seconds(), Check.comparison(check.before, kept.get())));
        } catch (RuntimeException | Error e) {
            tokenizer.close();
            model.close();
            throw e;
        }
    }


    /** The earlier model's held-out scores and how a pass compares with them. */
    private static final class Check {
        private final HeldOutScores before;
        private final List<LabelledText> intents;
        private final List<SentimentExample> sentiment;
        private String last = "not checked";

        Check(HeldOutScores before, List<LabelledText> intents, List<SentimentExample> sentiment) {
            this.before = before;
            this.intents = intents;
            this.sentiment = sentiment;
        }

        /** The model's scores when they are no worse than the earlier model's, else empty. */
        Optional<HeldOutScores> passes(TrainedNlu model) {
            HeldOutScores after = HeldOutScores.of(model, intents, sentiment);
            last = comparison(before, after);
            return worse(after, before, intents.size(), sentiment.size()) ? Optional.empty() : Optional.of(after);
        }

        static String comparison(HeldOutScores before, HeldOutScores after) {
            return String.format("held-out intent accuracy %.4f -> %.4f, sentiment %.4f -> %.4f, anger %.4f -> %.4f",
                    before.intent(), after.intent(), before.sentiment(), after.sentiment(), before.anger(), after.anger());
        }
    }

    /**
     * Passes over the changed examples with replay, checked after each; leaves the network with
     * the weights of the best pass that passed the check and gives its scores, or empty.
     */
    private Optional<HeldOutScores> train(Model model, TrainedNlu inTraining, List<String> intents, WordPieceTokenizer tokenizer,
            List<SentimentExample> sentimentTrain, Check check) {
        NluNetwork network = inTraining.network();
        List<Encoded> changed = FineTuningSteps.encodeIntents(plan.changed(), intents, tokenizer);
        if (changed.isEmpty()) {
            progress.note("no new examples: only the intents' rows and the example index change");
            return check.passes(inTraining);
        }
        Rotation<Encoded> replay = new Rotation<>(FineTuningSteps.encodeIntents(plan.unchanged(), intents, tokenizer), random);
        Rotation<Encoded> sentiment = new Rotation<>(FineTuningSteps.encodeSentiment(sentimentTrain, tokenizer), random);
        int replayed = Math.min(replay.size(), Math.max(MIN_REPLAY, REPLAY_PER_CHANGE * changed.size()));
        int perEpoch = changed.size() + replayed;
        int sentimentPerEpoch = Math.min(sentiment.size(), perEpoch);
        int totalSteps = (FineTuningSteps.batchCount(perEpoch, settings)
                + FineTuningSteps.batchCount(sentimentPerEpoch, settings)) * EPOCHS;
        Optional<HeldOutScores> best = Optional.empty();
        Map<String, float[]> bestWeights = null;
        try (FineTuningSteps steps = new FineTuningSteps(model, network, settings,
                settings.learningRate() * LEARNING_RATE_SHARE, totalSteps, progress, random)) {
            for (int epoch = 1; epoch <= EPOCHS; epoch++) {
                List<Encoded> intentExamples = new ArrayList<>(changed);
                intentExamples.addAll(replay.next(replayed));
                double loss = steps.epoch(epoch, intentExamples, sentiment.next(sentimentPerEpoch));
                Optional<HeldOutScores> scores = check.passes(inTraining);
                progress.note(String.format("incremental pass %d/%d: %d new, %d replayed, loss %.4f, %s%s, %.1f s",
                        epoch, EPOCHS, changed.size(), replayed, loss, check.last, scores.isEmpty() ? " (worse)" : "",
                        seconds()));
                if (scores.isPresent() && (best.isEmpty() || scores.get().score() >= best.get().score())) {
                    best = scores;
                    bestWeights = NetworkWeights.snapshot(network);
                }
            }
        }
        NetworkWeights.restore(network, bestWeights);
        return best;
    }

    /**
     * Worse: fewer held-out intents right than before, or more than one held-out example fewer
     * right in sentiment or anger (whose replay is a sample).
     */
    private static boolean worse(HeldOutScores after, HeldOutScores before, int intentExamples, int sentimentExamples) {
        boolean intentWorse = intentExamples > 0 && after.intent() < before.intent() - 1e-9;
        double oneSentimentExample = sentimentExamples == 0 ? 0 : 1.0 / sentimentExamples;
        boolean sentimentWorse = sentimentExamples > 0
                && (after.sentiment() < before.sentiment() - oneSentimentExample - 1e-9
                        || after.anger() < before.anger() - oneSentimentExample - 1e-9);
        return intentWorse || sentimentWorse;
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
