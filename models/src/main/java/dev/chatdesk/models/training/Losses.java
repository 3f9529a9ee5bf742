package dev.chatdesk.models.training;

import ai.djl.ndarray.NDArray;

/** The training losses of the NLU heads, written with NDArray operations so autograd sees them. */
final class Losses {
    private Losses() {}

    /** Mean cross-entropy against one-hot targets smoothed by {@code smoothing}. */
    static NDArray smoothedCrossEntropy(NDArray logits, NDArray labels, float smoothing) {
        int classes = (int) logits.getShape().get(1);
        NDArray logProbabilities = logits.logSoftmax(1);
        NDArray targets = labels.oneHot(classes).mul(1 - smoothing).add(smoothing / classes);
        return targets.mul(logProbabilities).sum(new int[] {1}).neg().mean();
    }

    /** Mean binary cross-entropy of logits [batch, 1] against soft targets [batch] in [0, 1]. */
    static NDArray binaryCrossEntropy(NDArray logits, NDArray targets) {
        NDArray x = logits.reshape(-1);
        // max(x, 0) - x * z + log(1 + exp(-|x|)): stable for large |x|.
        return x.maximum(0f).sub(x.mul(targets)).add(x.abs().neg().exp().add(1f).log()).mean();
    }
}
