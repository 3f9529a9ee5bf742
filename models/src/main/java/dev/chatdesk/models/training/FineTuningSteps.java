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
import dev.chatdesk.models.data.LabelledText;
import dev.chatdesk.models.data.SentimentExample;
import dev.chatdesk.models.nlu.HeadLayout;
import dev.chatdesk.models.nlu.NluNetwork;
import dev.chatdesk.models.text.TokenBatch;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The optimisation steps of a fine-tuning, full or incremental: examples encoded once into token
 * ids, shuffled into length-bucketed batches, and each batch one AdamW step (gradients clipped
 * to a global norm, a step with non-finite loss or gradients skipped). Closes its trainer.
 */
final class FineTuningSteps implements AutoCloseable {
    private static final int LENGTH_POOL_BATCHES = 50;
    private static final int STEPS_PER_NOTE = 50;

    /** An example ready for the network: its token ids and its targets (-1 / NaN where absent). */
    record Encoded(long[] ids, int intent, int sentiment, float anger) {}

    private final TrainingSettings settings;
    private final TrainingProgress progress;
    private final HeadLayout layout;
    private final Random random;
    private final Trainer trainer;
    private final List<Parameter> trained;
    private int skippedSteps;

    /**
     * Steps on the network of {@code model}, the learning rate rising to {@code peakLearningRate}
     * over the settings' warm-up share of {@code totalSteps}, then falling linearly to 0.
     */
    FineTuningSteps(Model model, NluNetwork network, TrainingSettings settings, float peakLearningRate,
            int totalSteps, TrainingProgress progress, Random random) {
        this.settings = settings;
        this.progress = progress;
        this.layout = network.layout();
        this.random = random;
        this.trained = network.getParameters().values().stream().filter(Parameter::requiresGradient).toList();
        Optimizer optimizer = Optimizer.adamW()
                .optLearningRateTracker(new WarmupLinearDecay(
                        peakLearningRate, Math.round(settings.warmupFraction() * totalSteps), totalSteps))
                .optWeightDecays(settings.weightDecay())
                .build();
        this.trainer = model.newTrainer(new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(optimizer)
                .optDevices(new Device[] {Device.cpu()}));
    }

    /** Intent examples encoded for training, their labels as indexes into {@code intents}. */
    static List<Encoded> encodeIntents(List<LabelledText> examples, List<String> intents, WordPieceTokenizer tokenizer) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < intents.size(); i++) {
            index.put(intents.get(i), i);
        }
        return examples.stream()
                .map(e -> new Encoded(tokenizer.ids(e.text()), index.get(e.label()), -1, Float.NaN))
                .toList();
    }

    /** Sentiment and anger examples encoded for training. */
    static List<Encoded> encodeSentiment(List<SentimentExample> examples, WordPieceTokenizer tokenizer) {
        return examples.stream()
                .map(e -> new Encoded(tokenizer.ids(e.text()), -1, e.sentiment().ordinal(), (float) e.anger()))
                .toList();
    }

    /** How many batches this many examples make. */
    static int batchCount(int examples, TrainingSettings settings) {
        return (examples + settings.batchSize() - 1) / settings.batchSize();
    }

    /**
     * One epoch over these intent and sentiment examples: each kind cut into shuffled batches of
     * similar length (shuffled, sorted by length within pools of fifty batches, cut), the batches
     * of both kinds shuffled together, one step each.
     *
     * @return the mean training loss
     */
    double epoch(int epoch, List<Encoded> intentExamples, List<Encoded> sentimentExamples) {
        List<List<Encoded>> batches = new ArrayList<>(lengthBucketedBatches(intentExamples));
        batches.addAll(lengthBucketedBatches(sentimentExamples));
        Collections.shuffle(batches, random);
        double lossSum = 0;
        for (int b = 0; b < batches.size(); b++) {
            lossSum += step(batches.get(b));
            if ((b + 1) % STEPS_PER_NOTE == 0) {
                progress.note(String.format("epoch %d: step %d/%d, mean loss %.4f",
                        epoch, b + 1, batches.size(), lossSum / (b + 1)));
            }
        }
        return batches.isEmpty() ? 0 : lossSum / batches.size();
    }

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
    private double step(List<Encoded> batch) {
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

    @Override
    public void close() {
        trainer.close();
    }
}
