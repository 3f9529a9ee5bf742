package dev.chatdesk.models.training;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.util.Pair;
import dev.chatdesk.models.bert.TokenEncoder;
import dev.chatdesk.models.data.LabelledText;
import dev.chatdesk.models.data.SentimentExample;
import dev.chatdesk.models.encoder.DjlRuntime;
import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.nlu.HeadLayout;
import dev.chatdesk.models.nlu.NluNetwork;
import dev.chatdesk.models.nlu.NluScores;
import dev.chatdesk.models.nlu.NluSpec;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.text.TokenBatch;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** One training of one model: the data split and encoded, the network, the epochs. Used once. */
final class TrainingRun {
    private static final int LENGTH_POOL_BATCHES = 50;
    private static final int STEPS_PER_NOTE = 50;

    /** An example ready for the network: its token ids and its targets (-1 / NaN where absent). */
    private record Encoded(long[] ids, int intent, int sentiment, float anger) {}

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
    private int skippedSteps;

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
        this.sentimentSplit = Split.stratified(
                data.sentiment(), e -> e.sentiment() + "/" + e.anger(), settings.validationFraction(), random);
    }

    /** The intent examples' split: the first draw from a run's random, so it can be drawn again. */
    static Split<LabelledText> intentSplit(TrainingData data, TrainingSettings settings, Random random) {
        return Split.stratified(data.intents(), LabelledText::label, settings.validationFraction(), random);
    }

    TrainedNlu run() {
        // Head initialisation and dropout masks come from PyTorch's generator: seeded, a run repeats.
        DjlRuntime.pytorch().setRandomSeed((int) settings.seed());
        WordPieceTokenizer tokenizer = pretrained.newTokenizer(maxTokens);
        Model model = Model.newInstance("chatdesk-nlu", Device.cpu(), "PyTorch");
        try {
            NluNetwork network = newNetwork(model);
            // Shares the network with the model returned at the end; only that one is closed.
            TrainedNlu inTraining = new TrainedNlu(model, network, tokenizer, spec(network, 0, Map.of()));
            double bestScore = fit(model, network, inTraining, tokenizer);
            TrainedNlu trained = new TrainedNlu(model, network, tokenizer,
                    spec(network, seconds(), Map.of("score", bestScore)));
            return intents.isEmpty()
                    ? trained
                    : OutOfScopeFitting.fit(trained, intentSplit, data.oosLabel(), settings.seed());
        } catch (RuntimeException | Error e) {
            tokenizer.close();
            model.close();
            throw e;
        }
    }

    private NluNetwork newNetwork(Model model) {
        TokenEncoder encoder = pretrained.newEncoder(model.getNDManager(), settings.dropout());
        encoder.freezeWordEmbeddings(settings.freezeWordEmbeddings());
        NluNetwork network = new NluNetwork(encoder, layout, settings.dropout());
        model.setBlock(network);
        network.initialize(model.getNDManager());
        return network;
    }

    private NluSpec spec(NluNetwork network, double trainSeconds, Map<String, Double> heldOut) {
        return new NluSpec(network.encoder().spec(), intents, data.oosLabel().orElse(null), 0, -1, 0,
                layout.sentiment(), maxTokens, Fingerprints.of(data, settings, pretrained), trainSeconds, heldOut);
    }

    /** Trains epoch by epoch, keeps the weights of the best held-out epoch; returns its score. */
    private double fit(Model model, NluNetwork network, TrainedNlu inTraining, WordPieceTokenizer tokenizer) {
        List<Encoded> intentTrain = encodeIntents(tokenizer);
        List<Encoded> sentimentTrain = encodeSentiment(tokenizer);
        int totalSteps = (batchCount(intentTrain.size()) + batchCount(sentimentTrain.size())) * settings.maxEpochs();
        double bestScore = -1;
        Map<String, float[]> bestWeights = null;
        int epochsWithoutGain = 0;
        List<Parameter> trained = network.getParameters().values().stream()
                .filter(Parameter::requiresGradient)
                .toList();
        try (Trainer trainer = model.newTrainer(trainingConfig(totalSteps))) {
            for (int epoch = 1; epoch <= settings.maxEpochs(); epoch++) {
                List<List<Encoded>> batches = new ArrayList<>(lengthBucketedBatches(intentTrain));
                batches.addAll(lengthBucketedBatches(sentimentTrain));
                Collections.shuffle(batches, random);
                double lossSum = 0;
                for (int b = 0; b < batches.size(); b++) {
                    lossSum += trainStep(trainer, trained, batches.get(b));
                    if ((b + 1) % STEPS_PER_NOTE == 0) {
                        progress.note(String.format("epoch %d: step %d/%d, mean loss %.4f",
                                epoch, b + 1, batches.size(), lossSum / (b + 1)));
                    }
                }
                double score = heldOutScore(inTraining);
                progress.epochDone(epoch, settings.maxEpochs(), lossSum / batches.size(), score, seconds(),
                        seconds() / epoch * (settings.maxEpochs() - epoch), ResidentMemory.megabytes());
                if (score > bestScore) {
                    bestScore = score;
                    bestWeights = snapshot(network);
                    epochsWithoutGain = 0;
                } else if (++epochsWithoutGain >= settings.patience()) {
                    progress.note("no gain on the held-out split for " + epochsWithoutGain + " epochs: stopping");
                    break;
                }
            }
        }
        restore(network, bestWeights);
        return bestScore;
    }

    private DefaultTrainingConfig trainingConfig(int totalSteps) {
        Optimizer optimizer = Optimizer.adamW()
                .optLearningRateTracker(new WarmupLinearDecay(
                        settings.learningRate(), Math.round(settings.warmupFraction() * totalSteps), totalSteps))
                .optWeightDecays(settings.weightDecay())
                .build();
        return new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(optimizer)
                .optDevices(new Device[] {Device.cpu()});
    }

    private int batchCount(int examples) {
        return (examples + settings.batchSize() - 1) / settings.batchSize();
    }

    private List<Encoded> encodeIntents(WordPieceTokenizer tokenizer) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < intents.size(); i++) {
            index.put(intents.get(i), i);
        }
        return intentSplit.train().stream()
                .map(e -> new Encoded(tokenizer.ids(e.text()), index.get(e.label()), -1, Float.NaN))
                .toList();
    }

    private List<Encoded> encodeSentiment(WordPieceTokenizer tokenizer) {
        return sentimentSplit.train().stream()
                .map(e -> new Encoded(tokenizer.ids(e.text()), -1, e.sentiment().ordinal(), (float) e.anger()))
                .toList();
    }

    /**
     * Shuffled batches of similar length: examples are shuffled, sorted by length within pools of
     * fifty batches, cut into batches, so padding stays short without a fixed order.
     */
    private List<List<Encoded>> lengthBucketedBatches(List<Encoded> examples) {
        List<Encoded> shuffled = new ArrayList<>(examples);
        Collections.shuffle(shuffled, random);
        int pool = settings.batchSize() * LENGTH_POOL_BATCHES;
        List<List<Encoded>> batches = new ArrayList<>();
        for (int from = 0; from < shuffled.size(); from += pool) {
            List<Encoded> chunk = new ArrayList<>(shuffled.subList(from, Math.min(shuffled.size(), from + pool)));
            chunk.sort((a, b) -> Integer.compare(a.ids().length, b.ids().length));
            for (int start = 0; start < chunk.size(); start += settings.batchSize()) {
                batches.add(chunk.subList(start, Math.min(chunk.size(), start + settings.batchSize())));
            }
        }
        return batches;
    }

    /**
     * One optimisation step on one batch: forward, backward, gradients clipped to a global norm,
     * AdamW update. Every array of the step lives in the step's own manager. A step whose loss or
     * gradients are not finite is skipped rather than allowed to poison the weights.
     */
    private double trainStep(Trainer trainer, List<Parameter> trained, List<Encoded> batch) {
        try (NDManager step = trainer.getManager().newSubManager()) {
            NDList inputs = TokenBatch.padded(batch.stream().map(Encoded::ids).toList()).toArrays(step);
            float lossValue;
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDArray loss = loss(step, trainer.forward(inputs), batch);
                collector.backward(loss);
                lossValue = loss.getFloat();
            }
            if (!Float.isFinite(lossValue)) {
                GradientClipping.zero(trained, step);
                skip("loss");
            } else if (!GradientClipping.clipToNorm(trained, settings.maxGradientNorm(), step)) {
                skip("gradients");
            } else {
                trainer.step();
            }
            return Float.isFinite(lossValue) ? lossValue : 0;
        }
    }

    private void skip(String what) {
        skippedSteps++;
        progress.note("skipped a step whose " + what + " were not finite (" + skippedSteps + " so far)");
    }

    /** Intent batches train the intent head; sentiment batches the sentiment and anger heads. */
    private NDArray loss(NDManager step, NDList outputs, List<Encoded> batch) {
        if (batch.get(0).intent() >= 0) {
            NDArray labels = step.create(batch.stream().mapToLong(Encoded::intent).toArray());
            return Losses.smoothedCrossEntropy(layout.intentLogits(outputs), labels, settings.labelSmoothing());
        }
        NDArray labels = step.create(batch.stream().mapToLong(Encoded::sentiment).toArray());
        float[] anger = new float[batch.size()];
        for (int i = 0; i < anger.length; i++) {
            anger[i] = batch.get(i).anger();
        }
        return Losses.smoothedCrossEntropy(layout.sentimentLogits(outputs), labels, settings.labelSmoothing())
                .add(Losses.binaryCrossEntropy(layout.angerLogits(outputs), step.create(anger)));
    }

    /** Held-out accuracy, averaged over the model's tasks (intent, sentiment, angry or not). */
    private double heldOutScore(TrainedNlu model) {
        List<Double> scores = new ArrayList<>();
        List<LabelledText> intentExamples = intentSplit.heldOut();
        if (!intentExamples.isEmpty()) {
            List<NluScores> predicted = model.scoreAll(intentExamples.stream().map(LabelledText::text).toList());
            int right = 0;
            for (int i = 0; i < predicted.size(); i++) {
                right += intents.get(predicted.get(i).topIntent()).equals(intentExamples.get(i).label()) ? 1 : 0;
            }
            scores.add((double) right / predicted.size());
        }
        List<SentimentExample> sentimentExamples = sentimentSplit.heldOut();
        if (!sentimentExamples.isEmpty()) {
            List<NluScores> predicted = model.scoreAll(sentimentExamples.stream().map(SentimentExample::text).toList());
            int right = 0;
            int angerRight = 0;
            for (int i = 0; i < predicted.size(); i++) {
                SentimentExample truth = sentimentExamples.get(i);
                int label = NluScores.argMax(predicted.get(i).sentimentProbabilities());
                right += label == truth.sentiment().ordinal() ? 1 : 0;
                boolean saysAngry = predicted.get(i).anger() >= 0.5;
                angerRight += saysAngry == (truth.anger() >= SentimentExample.ANGRY) ? 1 : 0;
            }
            scores.add((double) right / predicted.size());
            scores.add((double) angerRight / predicted.size());
        }
        return scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** The values of every trained (not frozen) parameter. */
    private static Map<String, float[]> snapshot(NluNetwork network) {
        Map<String, float[]> weights = new HashMap<>();
        for (Pair<String, Parameter> p : network.getParameters()) {
            if (p.getValue().requiresGradient()) {
                weights.put(p.getKey(), p.getValue().getArray().toFloatArray());
            }
        }
        return weights;
    }

    private static void restore(NluNetwork network, Map<String, float[]> weights) {
        if (weights == null) {
            return;
        }
        for (Pair<String, Parameter> p : network.getParameters()) {
            float[] values = weights.get(p.getKey());
            if (values != null) {
                p.getValue().getArray().set(values);
            }
        }
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
