package dev.chatdesk.models.training;

import ai.djl.Device;
import ai.djl.Model;
import dev.chatdesk.models.bert.TokenEncoder;
import dev.chatdesk.models.data.LabelledText;
import dev.chatdesk.models.data.SentimentExample;
import dev.chatdesk.models.encoder.DjlRuntime;
import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.nlu.HeadLayout;
import dev.chatdesk.models.nlu.NluNetwork;
import dev.chatdesk.models.nlu.NluSpec;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.training.FineTuningSteps.Encoded;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** One training of one model from the pretrained encoder: the data split and encoded, the network, the epochs. Used once. */
final class TrainingRun {
    /**
     * Each epoch sees as many sentiment examples as intent examples, but at least this share of
     * the sentiment set, taken in rotation: a bot with few intent examples is not mostly trained
     * on sentiment (three quarters of the demo bot's steps were), yet sees all of it every few epochs.
     */
    private static final int SENTIMENT_ROTATION_EPOCHS = 3;
    /**
     * A large data set needs fewer passes: a run takes enough epochs for about this many steps,
     * but at least {@link #MIN_EPOCHS} and at most the settings' maximum. Chosen on held-out
     * data: BANKING77's held-out tenth peaked at 0.936 in a 6-epoch run (1,692 steps), while the
     * demo bot's held-out score fell with 6 epochs instead of 12 (English 0.912 to 0.906, Chinese
     * 0.905 to 0.897: 48 and 82 steps an epoch).
     */
    private static final int TARGET_STEPS = 1000;
    private static final int MIN_EPOCHS = 6;

    private final EncoderSource pretrained;
    private final TrainingSettings settings;
    private final TrainingProgress progress;
    private final TrainingData data;
    private final long started = System.nanoTime();
    private final Random random;
    private final int maxTokens;
    private final List<String> intents;
    private final HeadLayout layout;
    private final Split<LabelledText> intentSplit;
    private final Split<SentimentExample> sentimentSplit;

    TrainingRun(EncoderSource pretrained, TrainingSettings settings, TrainingProgress progress, TrainingData data) {
        this.pretrained = pretrained;
        this.settings = settings;
        this.progress = progress;
        this.data = data;
        this.random = new Random(settings.seed());
        this.maxTokens = Math.min(settings.maxTokens(), pretrained.maxTokens());
        this.intents = data.intentLabels();
        this.layout = new HeadLayout(intents.size(), !data.sentiment().isEmpty());
        this.intentSplit = intentSplit(data, settings, random);
        this.sentimentSplit = sentimentSplit(data, settings);
    }

    /** The intent examples' split: the first draw from a run's random, so it can be drawn again. */
    static Split<LabelledText> intentSplit(TrainingData data, TrainingSettings settings, Random random) {
        return Split.stratified(data.intents(), LabelledText::label, settings.validationFraction(), random);
    }

    /** The sentiment examples' split, drawn from a random of its own: the same for every bot of a language. */
    static Split<SentimentExample> sentimentSplit(TrainingData data, TrainingSettings settings) {
        return Split.stratified(data.sentiment(), e -> e.sentiment() + "/" + e.anger(), settings.validationFraction(),
                new Random(settings.seed()));
    }

    /** How many sentiment examples an epoch with this many intent examples sees. */
    static int sentimentPerEpoch(int intentExamples, int sentimentExamples) {
        if (intentExamples == 0) {
            return sentimentExamples;
        }
        int atLeast = (sentimentExamples + SENTIMENT_ROTATION_EPOCHS - 1) / SENTIMENT_ROTATION_EPOCHS;
        return Math.min(sentimentExamples, Math.max(intentExamples, atLeast));
    }

    TrainedNlu run() {
        // Head initialisation and dropout masks come from PyTorch's generator: seeded, a run repeats.
        DjlRuntime.pytorch().setRandomSeed((int) settings.seed());
        WordPieceTokenizer tokenizer = pretrained.newTokenizer(maxTokens);
        Model model = Model.newInstance("chatdesk-nlu", Device.cpu(), "PyTorch");
        try {
            NluNetwork network = newNetwork(pretrained, model, layout, settings);
            // Shares the network with the model returned at the end; only that one is closed.
            TrainedNlu inTraining = new TrainedNlu(model, network, tokenizer, spec(network, 0, Map.of()));
            HeldOutScores kept = fit(model, network, inTraining, tokenizer);
            TrainedNlu trained = new TrainedNlu(model, network, tokenizer, spec(network, seconds(), kept.asMap()));
            return intents.isEmpty()
                    ? trained
                    : OutOfScopeFitting.fit(trained, intentSplit, data.oosLabel(), settings.seed());
        } catch (RuntimeException | Error e) {
            tokenizer.close();
            model.close();
            throw e;
        }
    }

    /** A network of the pretrained encoder (word embeddings frozen as the settings say) and new heads. */
    static NluNetwork newNetwork(EncoderSource pretrained, Model model, HeadLayout layout, TrainingSettings settings) {
        TokenEncoder encoder = pretrained.newEncoder(model.getNDManager(), settings.dropout());
        encoder.freezeWordEmbeddings(settings.freezeWordEmbeddings());
        NluNetwork network = new NluNetwork(encoder, layout, settings.dropout());
        model.setBlock(network);
        network.initialize(model.getNDManager());
        return network;
    }

    private NluSpec spec(NluNetwork network, double trainSeconds, Map<String, Double> heldOut) {
        return specOf(network, data, settings, pretrained, maxTokens, trainSeconds, heldOut);
    }

    /** The spec of a network trained on this data, before its out-of-scope rule is fitted. */
    static NluSpec specOf(NluNetwork network, TrainingData data, TrainingSettings settings, EncoderSource pretrained,
            int maxTokens, double trainSeconds, Map<String, Double> heldOut) {
        return new NluSpec(network.encoder().spec(), data.intentLabels(), data.oosLabel().orElse(null), 0, -1, 0,
                network.layout().sentiment(), maxTokens, Fingerprints.of(data, settings, pretrained), trainSeconds, heldOut);
    }

    /** Trains epoch by epoch, keeps the weights of the epoch {@link EpochChoice} chooses; returns its scores. */
    private HeldOutScores fit(Model model, NluNetwork network, TrainedNlu inTraining, WordPieceTokenizer tokenizer) {
        List<Encoded> intentTrain = FineTuningSteps.encodeIntents(intentSplit.train(), intents, tokenizer);
        Rotation<Encoded> sentimentTrain = new Rotation<>(
                FineTuningSteps.encodeSentiment(sentimentSplit.train(), tokenizer), random);
        int sentimentPerEpoch = sentimentPerEpoch(intentTrain.size(), sentimentTrain.size());
        int stepsPerEpoch = FineTuningSteps.batchCount(intentTrain.size(), settings)
                + FineTuningSteps.batchCount(sentimentPerEpoch, settings);
        int epochs = epochs(stepsPerEpoch, settings.maxEpochs());
        int totalSteps = stepsPerEpoch * epochs;
        EpochChoice choice = new EpochChoice(
                HeldOutScores.oneExample(intentSplit.heldOut().size(), sentimentSplit.heldOut().size()),
                settings.patience());
        HeldOutScores kept = null;
        Map<String, float[]> keptWeights = null;
        try (FineTuningSteps steps = new FineTuningSteps(
                model, network, settings, settings.learningRate(), totalSteps, progress, random)) {
            for (int epoch = 1; epoch <= epochs; epoch++) {
                double loss = steps.epoch(epoch, intentTrain, sentimentTrain.next(sentimentPerEpoch));
                HeldOutScores scores = HeldOutScores.of(inTraining, intentSplit.heldOut(), sentimentSplit.heldOut());
                progress.epochDone(epoch, epochs, loss, scores.score(), seconds(),
                        seconds() / epoch * (epochs - epoch), ResidentMemory.megabytes());
                if (choice.keeps(scores.score())) {
                    kept = scores;
                    keptWeights = NetworkWeights.snapshot(network);
                }
                if (choice.stop()) {
                    progress.note("no gain on the held-out split for " + choice.epochsWithoutGain() + " epochs: stopping");
                    break;
                }
            }
        }
        NetworkWeights.restore(network, keptWeights);
        return kept;
    }

    /** The epochs of a run with this many steps an epoch: enough for {@link #TARGET_STEPS}, within [{@link #MIN_EPOCHS}, maximum]. */
    static int epochs(int stepsPerEpoch, int maximum) {
        int forTarget = (TARGET_STEPS + stepsPerEpoch - 1) / Math.max(1, stepsPerEpoch);
        return Math.min(maximum, Math.max(MIN_EPOCHS, forTarget));
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
