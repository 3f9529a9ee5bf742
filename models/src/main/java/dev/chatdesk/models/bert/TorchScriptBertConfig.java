package dev.chatdesk.models.bert;

/**
 * The shape of a BERT encoder exported to TorchScript: the module itself carries everything
 * else, and is saved whole with the trained model.
 *
 * @param hiddenSize the width of the token embeddings the module returns
 * @param includeTokenTypes whether the module's forward takes token type ids as a third input
 */
public record TorchScriptBertConfig(int hiddenSize, boolean includeTokenTypes) implements EncoderSpec {

    /** Checks the size. */
    public TorchScriptBertConfig {
        if (hiddenSize <= 0) {
            throw new IllegalArgumentException("hidden size must be positive, was " + hiddenSize);
        }
    }

    /** A user's module is mean-pooled, as sentence-transformers pools BERT by default. */
    @Override
    public Pooling pooling() {
        return Pooling.MEAN;
    }

    @Override
    public TokenEncoder newEmptyEncoder() {
        return TorchScriptBert.awaitingWeights(this);
    }
}
