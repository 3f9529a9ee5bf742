package dev.chatdesk.models.training;

/**
 * How the NLU network is fine-tuned. The defaults were chosen on a held-out tenth of BANKING77's
 * training split (never its test split); see the README.
 *
 * @param maxEpochs the most passes over the training data
 * @param patience epochs without a better held-out score before training stops early
 * @param batchSize examples per step
 * @param learningRate the peak learning rate of AdamW
 * @param warmupFraction the share of steps over which the learning rate rises from 0
 * @param weightDecay AdamW's decoupled weight decay
 * @param labelSmoothing the probability mass spread over the other classes in the targets
 * @param dropout the dropout rate in the encoder and before the heads
 * @param maxTokens the longest training input in tokens
 * @param validationFraction the share of the training data held out for early stopping and
 *     calibration
 * @param seed the seed of every random choice, so a run can be repeated
 * @param freezeWordEmbeddings keep the pretrained word-piece embeddings fixed (faster steps)
 * @param maxGradientNorm gradients are scaled down to this global L2 norm before each update
 */
public record TrainingSettings(
        int maxEpochs,
        int patience,
        int batchSize,
        float learningRate,
        float warmupFraction,
        float weightDecay,
        float labelSmoothing,
        float dropout,
        int maxTokens,
        double validationFraction,
        long seed,
        boolean freezeWordEmbeddings,
        float maxGradientNorm) {

    /** Checks every setting is in range. */
    public TrainingSettings {
        require(maxEpochs >= 1, "maxEpochs must be at least 1, was " + maxEpochs);
        require(patience >= 1, "patience must be at least 1, was " + patience);
        require(batchSize >= 1, "batchSize must be at least 1, was " + batchSize);
        require(learningRate > 0 && learningRate < 1, "learningRate must be in (0, 1), was " + learningRate);
        require(warmupFraction >= 0 && warmupFraction < 1, "warmupFraction must be in [0, 1), was " + warmupFraction);
        require(weightDecay >= 0, "weightDecay must not be negative, was " + weightDecay);
        require(labelSmoothing >= 0 && labelSmoothing < 1, "labelSmoothing must be in [0, 1), was " + labelSmoothing);
        require(dropout >= 0 && dropout < 1, "dropout must be in [0, 1), was " + dropout);
        require(maxTokens >= 8, "maxTokens must be at least 8, was " + maxTokens);
        require(maxGradientNorm > 0, "maxGradientNorm must be positive, was " + maxGradientNorm);
        require(validationFraction > 0 && validationFraction < 0.5,
                "validationFraction must be in (0, 0.5), was " + validationFraction);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The settings Chatdesk trains with unless told otherwise. */
    public static TrainingSettings defaults() {
        return new TrainingSettings(12, 3, 32, 1e-4f, 0.06f, 0.01f, 0.1f, 0.1f, 64, 0.1, 42, true, 1.0f);
    }

    /** These settings with another maximum number of epochs. */
    public TrainingSettings withMaxEpochs(int epochs) {
        return new TrainingSettings(epochs, patience, batchSize, learningRate, warmupFraction,
                weightDecay, labelSmoothing, dropout, maxTokens, validationFraction, seed, freezeWordEmbeddings, maxGradientNorm);
    }
}
