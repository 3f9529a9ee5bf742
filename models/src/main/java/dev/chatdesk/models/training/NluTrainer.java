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
import dev.chatdesk.models.data.LabelledText;
import dev.chatdesk.models.data.SentimentExample;
import dev.chatdesk.models.encoder.DjlRuntime;
import dev.chatdesk.models.encoder.PretrainedEncoder;
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

/**
 * Fine-tunes the pretrained encoder together with the intent, sentiment and anger heads on the
 * PyTorch engine (autograd, AdamW, warm-up then linear decay, label smoothing), stopping early on
 * a held-out split and calibrating the out-of-scope threshold on it. One trainer trains one model.
 */
public final class NluTrainer {
    private static final int EVAL_BATCH = 64;
    private static final int LENGTH_POOL_BATCHES = 50;

    private final PretrainedEncoder pretrained;
    private final TrainingSettings settings;
    private final TrainingProgress progress;

    /** A trainer starting from the given pretrained encoder. */
    public NluTrainer(PretrainedEncoder pretrained, TrainingSettings settings, TrainingProgress progress) {
        this.pretrained = pretrained;
        this.settings = settings;
        this.progress = progress;
    }

    /** An example ready for the network: its token ids and its targets. */
    private record Encoded(long[] ids, int intent, int sentiment, float anger) {}

    /** Trains a model on the data; the caller owns (and closes) the result. */
    public TrainedNlu train(TrainingData data) {
        DjlRuntime.pytorch();
        long started = System.nanoTime();
        Random random = new Random(settings.seed());
        List<String> intents = data.intentLabels();
        HeadLayout layout = new HeadLayout(intents.size(), !data.sentiment().isEmpty());
        Split<LabelledText> intentSplit = Split.stratified(
                data.intents(), LabelledText::label, settings.validationFraction(), random);
        Split<SentimentExample> sentimentSplit = Split.stratified(
                data.sentiment(), e -> e.sentiment() + "/" + e.anger(), settings.validationFraction(), random);

        WordPieceTokenizer tokenizer = pretrained.newTokenizer(settings.maxTokens());
        Map<String, Integer> intentIndex = new HashMap<>();
        for (int i = 0; i < intents.size(); i++) {
            intentIndex.put(intents.get(i), i);
        }
        List<Encoded> intentTrain = encodeIntents(tokenizer, intentSplit.train(), intentIndex);
        List<Encoded> sentimentTrain = encodeSentiment(tokenizer, sentimentSplit.train());

        Model model = Model.newInstance("chatdesk-nlu", Device.cpu(), "PyTorch");
        NluNetwork network = new NluNetwork(pretrained.config(), layout, settings.dropout());
        model.setBlock(network);
        network.initialize(model.getNDManager());
        pretrained.copyWeightsInto(network.encoder());
        network.encoder().freezeWordEmbeddings(settings.freezeWordEmbeddings());

        int stepsPerEpoch = batchCount(intentTrain.size()) + batchCount(sentimentTrain.size());
        int totalSteps = stepsPerEpoch * settings.maxEpochs();
        Optimizer optimizer = Optimizer.adamW()
                .optLearningRateTracker(new WarmupLinearDecay(
                        settings.learningRate(), Math.round(settings.warmupFraction() * totalSteps), totalSteps))
                .optWeightDecays(settings.weightDecay())
                .build();
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(optimizer)
                .optDevices(new Device[] {Device.cpu()});

        double bestScore = -1;
        Map<String, float[]> bestWeights = null;
        int epochsWithoutGain = 0;
        try (Trainer trainer = model.newTrainer(config)) {
            for (int epoch = 1; epoch <= settings.maxEpochs(); epoch++) {
                List<List<Encoded>> batches = new ArrayList<>();
                batches.addAll(lengthBucketedBatches(intentTrain, random));
                batches.addAll(lengthBucketedBatches(sentimentTrain, random));
                Collections.shuffle(batches, random);
                double lossSum = 0;
                for (int b = 0; b < batches.size(); b++) {
                    lossSum += trainStep(trainer, network, batches.get(b));
                    if ((b + 1) % 50 == 0) {
                        progress.note(String.format("epoch %d: step %d/%d, mean loss %.4f",
                                epoch, b + 1, batches.size(), lossSum / (b + 1)));
                    }
                }
                TrainedNlu current = new TrainedNlu(model, network, tokenizer, null);
                double score = heldOutScore(current, intentSplit.heldOut(), sentimentSplit.heldOut(), intents);
                double elapsed = seconds(started);
                progress.epochDone(epoch, settings.maxEpochs(), lossSum / batches.size(), score, elapsed,
                        elapsed / epoch * (settings.maxEpochs() - epoch), ResidentMemory.megabytes());
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
        NluSpec draft = new NluSpec(pretrained.config(), intents, data.oosLabel().orElse(null), 0,
                layout.sentiment(), settings.maxTokens(), "", 0, Map.of());
        TrainedNlu best = new TrainedNlu(model, network, tokenizer, draft);
        double threshold = intents.isEmpty() ? 0 : calibrate(best, intentSplit.heldOut(), data);
        Map<String, Double> heldOut = new HashMap<>();
        heldOut.put("score", bestScore);
        heldOut.put("confidenceThreshold", threshold);
        NluSpec spec = new NluSpec(pretrained.config(), intents, data.oosLabel().orElse(null), threshold,
                layout.sentiment(), settings.maxTokens(), Fingerprints.of(data, settings),
                seconds(started), heldOut);
        return new TrainedNlu(model, network, tokenizer, spec);
    }

    private int batchCount(int examples) {
        return (examples + settings.batchSize() - 1) / settings.batchSize();
    }

    private static List<Encoded> encodeIntents(
            WordPieceTokenizer tokenizer, List<LabelledText> examples, Map<String, Integer> index) {
        List<Encoded> encoded = new ArrayList<>(examples.size());
        for (LabelledText e : examples) {
            encoded.add(new Encoded(tokenizer.ids(e.text()), index.get(e.label()), -1, Float.NaN));
        }
        return encoded;
    }

    private static List<Encoded> encodeSentiment(WordPieceTokenizer tokenizer, List<SentimentExample> examples) {
        List<Encoded> encoded = new ArrayList<>(examples.size());
        for (SentimentExample e : examples) {
            encoded.add(new Encoded(tokenizer.ids(e.text()), -1, e.sentiment().ordinal(), (float) e.anger()));
        }
        return encoded;
    }

    /**
     * Shuffled batches of similar length: examples are shuffled, sorted by length within pools of
     * fifty batches, cut into batches, so padding stays short without a fixed order.
     */
    private List<List<Encoded>> lengthBucketedBatches(List<Encoded> examples, Random random) {
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

    /** One optimisation step on one batch; every array of the step lives in its own manager. */
    private double trainStep(Trainer trainer, NluNetwork network, List<Encoded> batch) {
        HeadLayout layout = network.layout();
        try (NDManager step = trainer.getManager().newSubManager()) {
            TokenBatch tokens = TokenBatch.padded(batch.stream().map(Encoded::ids).toList());
            NDList inputs = tokens.toArrays(step);
            float lossValue;
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDList outputs = trainer.forward(inputs);
                NDArray loss;
                if (batch.get(0).intent() >= 0) {
                    NDArray labels = step.create(batch.stream().mapToLong(Encoded::intent).toArray());
                    loss = Losses.smoothedCrossEntropy(layout.intentLogits(outputs), labels, settings.labelSmoothing());
                } else {
                    NDArray labels = step.create(batch.stream().mapToLong(Encoded::sentiment).toArray());
                    float[] anger = new float[batch.size()];
                    for (int i = 0; i < anger.length; i++) {
                        anger[i] = batch.get(i).anger();
                    }
                    loss = Losses.smoothedCrossEntropy(layout.sentimentLogits(outputs), labels, settings.labelSmoothing())
                            .add(Losses.binaryCrossEntropy(layout.angerLogits(outputs), step.create(anger)));
                }
                collector.backward(loss);
                lossValue = loss.getFloat();
            }
            trainer.step();
            return lossValue;
        }
    }

    /** Held-out accuracy, averaged over the model's tasks. */
    private static double heldOutScore(TrainedNlu model, List<LabelledText> intentExamples,
            List<SentimentExample> sentimentExamples, List<String> intents) {
        List<Double> scores = new ArrayList<>();
        if (!intentExamples.isEmpty()) {
            List<NluScores> predicted = scoreAll(model, intentExamples.stream().map(LabelledText::text).toList());
            int right = 0;
            for (int i = 0; i < predicted.size(); i++) {
                right += intents.get(predicted.get(i).topIntent()).equals(intentExamples.get(i).label()) ? 1 : 0;
            }
            scores.add((double) right / predicted.size());
        }
        if (!sentimentExamples.isEmpty()) {
            List<NluScores> predicted = scoreAll(model, sentimentExamples.stream().map(SentimentExample::text).toList());
            int right = 0;
            for (int i = 0; i < predicted.size(); i++) {
                int label = NluScores.argMax(predicted.get(i).sentimentProbabilities());
                right += label == sentimentExamples.get(i).sentiment().ordinal() ? 1 : 0;
            }
            scores.add((double) right / predicted.size());
        }
        return scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** Scores many texts in batches of similar length; results in input order. */
    public static List<NluScores> scoreAll(TrainedNlu model, List<String> texts) {
        WordPieceTokenizer tokenizer = model.tokenizer();
        List<long[]> ids = texts.stream().map(tokenizer::ids).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(ids.get(a).length, ids.get(b).length));
        NluScores[] results = new NluScores[texts.size()];
        for (int from = 0; from < order.size(); from += EVAL_BATCH) {
            List<Integer> slice = order.subList(from, Math.min(order.size(), from + EVAL_BATCH));
            List<NluScores> scored = model.score(TokenBatch.padded(slice.stream().map(ids::get).toList()));
            for (int i = 0; i < slice.size(); i++) {
                results[slice.get(i)] = scored.get(i);
            }
        }
        return List.of(results);
    }

    private static double calibrate(TrainedNlu model, List<LabelledText> heldOut, TrainingData data) {
        if (heldOut.isEmpty()) {
            return 0;
        }
        List<String> intents = model.spec().intents();
        String oos = data.oosLabel().orElse(null);
        List<NluScores> scores = scoreAll(model, heldOut.stream().map(LabelledText::text).toList());
        List<ConfidenceCalibration.Observation> observations = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            int top = scores.get(i).topIntent();
            String predicted = intents.get(top);
            String truth = heldOut.get(i).label();
            observations.add(new ConfidenceCalibration.Observation(
                    scores.get(i).intentProbabilities()[top], predicted.equals(oos), predicted.equals(truth),
                    truth.equals(oos)));
        }
        return ConfidenceCalibration.threshold(observations, oos != null);
    }

    private static Map<String, float[]> snapshot(NluNetwork network) {
        Map<String, float[]> weights = new HashMap<>();
        for (Pair<String, Parameter> p : network.getParameters()) {
            weights.put(p.getKey(), p.getValue().getArray().toFloatArray());
        }
        return weights;
    }

    private static void restore(NluNetwork network, Map<String, float[]> weights) {
        if (weights == null) {
            return;
        }
        for (Pair<String, Parameter> p : network.getParameters()) {
            p.getValue().getArray().set(weights.get(p.getKey()));
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
