package dev.chatdesk.models.nlu;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * Which heads an {@link NluNetwork} has, and where each one's output sits in the network's
 * output list: the pooled sentence embedding first, then intent logits, sentiment logits and the
 * anger logit, each only if present.
 *
 * @param intents the number of intent classes, 0 for no intent head
 * @param sentiment whether the network has the sentiment and anger heads
 */
public record HeadLayout(int intents, boolean sentiment) {
    /** The number of sentiment classes: negative, neutral, positive. */
    public static final int SENTIMENT_CLASSES = 3;

    /** Checks at least one head is present. */
    public HeadLayout {
        if (intents < 0 || (intents == 0 && !sentiment)) {
            throw new IllegalArgumentException("a network needs an intent or a sentiment head");
        }
    }

    /** The intent logits [batch, intents]. */
    public NDArray intentLogits(NDList outputs) {
        requireIntents();
        return outputs.get(1);
    }

    /** The sentiment logits [batch, 3]. */
    public NDArray sentimentLogits(NDList outputs) {
        requireSentiment();
        return outputs.get(intents > 0 ? 2 : 1);
    }

    /** The anger logits [batch, 1]. */
    public NDArray angerLogits(NDList outputs) {
        requireSentiment();
        return outputs.get(intents > 0 ? 3 : 2);
    }

    private void requireIntents() {
        if (intents == 0) {
            throw new IllegalStateException("this network has no intent head");
        }
    }

    private void requireSentiment() {
        if (!sentiment) {
            throw new IllegalStateException("this network has no sentiment head");
        }
    }
}
