package dev.chatdesk.models.bert;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The sizes of a BERT-architecture encoder, as HuggingFace's {@code BertConfig} names them, and
 * its pooling.
 *
 * @param vocabSize the number of word-piece ids
 * @param hiddenSize the width of every hidden state
 * @param layers the number of transformer layers
 * @param attentionHeads the number of self-attention heads per layer
 * @param intermediateSize the width of the feed-forward layer
 * @param maxPositions the longest input the position embeddings cover
 * @param typeVocabSize the number of token types (segments)
 * @param layerNormEps the epsilon of every layer normalization
 * @param pooling how the hidden states become the sentence embedding; null reads as {@link
 *     Pooling#MEAN}, which every model saved before pooling was recorded used
 */
public record BertConfig(
        int vocabSize,
        int hiddenSize,
        int layers,
        int attentionHeads,
        int intermediateSize,
        int maxPositions,
        int typeVocabSize,
        float layerNormEps,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = MeanIsImplied.class)
        Pooling pooling) implements EncoderSpec {

    /** Checks the sizes fit together. */
    public BertConfig {
        if (hiddenSize <= 0 || layers <= 0 || attentionHeads <= 0 || hiddenSize % attentionHeads != 0) {
            throw new IllegalArgumentException(
                    "hidden size " + hiddenSize + " does not split into " + attentionHeads + " heads");
        }
        pooling = pooling == null ? Pooling.MEAN : pooling;
    }

    /** A freshly initialized BERT of these sizes, without dropout. */
    @Override
    public TokenEncoder newEmptyEncoder() {
        return new BertEncoder(this, 0f);
    }

    /** The width of one attention head. */
    public int headSize() {
        return hiddenSize / attentionHeads;
    }

    /**
     * Multiply-accumulate operations times two (FLOPs) of one forward pass over {@code tokens}
     * tokens, counting the matrix products that dominate the cost.
     */
    public long flopsPerSequence(int tokens) {
        long h = hiddenSize;
        long t = tokens;
        long projections = 4 * t * h * h;
        long feedForward = 2 * t * h * intermediateSize;
        long attention = 2 * t * t * h;
        return 2 * layers * (projections + feedForward + attention);
    }

    /**
     * Leaves mean pooling out of the JSON, so that a mean-pooled model's {@code nlu.json} stays as
     * it was written before pooling was recorded, and still reads in a build from before.
     */
    private static final class MeanIsImplied {
        @Override
        public boolean equals(Object value) {
            return value == Pooling.MEAN;
        }

        @Override
        public int hashCode() {
            return Pooling.MEAN.hashCode();
        }
    }
}
