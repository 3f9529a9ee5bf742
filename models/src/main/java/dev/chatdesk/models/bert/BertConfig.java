package dev.chatdesk.models.bert;

/**
 * The sizes of a BERT-architecture encoder, as HuggingFace's {@code BertConfig} names them.
 *
 * @param vocabSize the number of word-piece ids
 * @param hiddenSize the width of every hidden state
 * @param layers the number of transformer layers
 * @param attentionHeads the number of self-attention heads per layer
 * @param intermediateSize the width of the feed-forward layer
 * @param maxPositions the longest input the position embeddings cover
 * @param typeVocabSize the number of token types (segments)
 * @param layerNormEps the epsilon of every layer normalization
 */
public record BertConfig(
        int vocabSize,
        int hiddenSize,
        int layers,
        int attentionHeads,
        int intermediateSize,
        int maxPositions,
        int typeVocabSize,
        float layerNormEps) implements EncoderSpec {

    /** Checks the sizes fit together. */
    public BertConfig {
        if (hiddenSize <= 0 || layers <= 0 || attentionHeads <= 0 || hiddenSize % attentionHeads != 0) {
            throw new IllegalArgumentException(
                    "hidden size " + hiddenSize + " does not split into " + attentionHeads + " heads");
        }
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
}
