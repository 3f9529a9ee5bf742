package dev.chatdesk.models.nlu;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores sentence embeddings that an engine other than PyTorch pooled (ONNX Runtime) as {@link
 * TrainedNlu#score} scores texts: the model's linear heads, softmax and sigmoid, and the similarity
 * to its example index, in plain Java. Holds copies of the heads' weights taken when it was made.
 * Immutable and thread-safe.
 */
public final class PooledScorer {
    private final LinearHead intent;
    private final LinearHead sentiment;
    private final LinearHead anger;
    private final ExampleIndex examples;

    private PooledScorer(LinearHead intent, LinearHead sentiment, LinearHead anger, ExampleIndex examples) {
        this.intent = intent;
        this.sentiment = sentiment;
        this.anger = anger;
        this.examples = examples;
    }

    /** Copies the heads of a model's network as they are now; the example index is the model's own. */
    public static PooledScorer of(TrainedNlu model) {
        NluNetwork network = model.network();
        return new PooledScorer(head(network.intentHead()), head(network.sentimentHead()), head(network.angerHead()),
                model.examples());
    }

    private static LinearHead head(Block linear) {
        return linear == null ? null : LinearHead.of(linear);
    }

    /** The scores of pooled embeddings, one per row, in row order. */
    public List<NluScores> score(float[][] pooled) {
        float[] similarity = examples == null ? null : examples.similarity(pooled);
        List<NluScores> scores = new ArrayList<>(pooled.length);
        for (int r = 0; r < pooled.length; r++) {
            float[] embedding = pooled[r];
            scores.add(new NluScores(
                    intent == null ? null : softmax(intent.apply(embedding)),
                    sentiment == null ? null : softmax(sentiment.apply(embedding)),
                    anger == null ? Float.NaN : sigmoid(anger.apply(embedding)[0]),
                    similarity == null ? Float.NaN : similarity[r]));
        }
        return scores;
    }

    private static float[] softmax(float[] logits) {
        float max = logits[NluScores.argMax(logits)];
        double[] exps = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            exps[i] = Math.exp(logits[i] - max);
            sum += exps[i];
        }
        float[] probabilities = new float[logits.length];
        for (int i = 0; i < logits.length; i++) {
            probabilities[i] = (float) (exps[i] / sum);
        }
        return probabilities;
    }

    private static float sigmoid(float logit) {
        return (float) (1 / (1 + Math.exp(-logit)));
    }

    /**
     * A linear layer as DJL's {@code Linear} holds it.
     *
     * @param weights [units, inputs], row-major
     * @param bias [units]
     */
    private record LinearHead(float[] weights, float[] bias) {
        static LinearHead of(Block linear) {
            return new LinearHead(values(linear, "weight"), values(linear, "bias"));
        }

        private static float[] values(Block linear, String name) {
            Parameter parameter = linear.getParameters().get(name);
            if (parameter == null) {
                throw new IllegalStateException("a head of the network has no " + name + ": not a linear layer");
            }
            return parameter.getArray().toFloatArray();
        }

        float[] apply(float[] input) {
            float[] output = new float[bias.length];
            for (int u = 0; u < bias.length; u++) {
                float sum = 0;
                int from = u * input.length;
                for (int i = 0; i < input.length; i++) {
                    sum += weights[from + i] * input[i];
                }
                output[u] = sum + bias[u];
            }
            return output;
        }
    }
}
