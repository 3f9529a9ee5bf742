package dev.chatdesk.models.bert;

import ai.djl.ndarray.NDArray;

/**
 * How an encoder's hidden states become one vector per text: the sentence embedding that the
 * heads read and the knowledge base indexes. Which one an encoder wants is fixed by how it was
 * pretrained, so it is part of the encoder's {@link EncoderSpec}.
 */
public enum Pooling {
    /** The mean of the hidden states over the real tokens, as sentence-transformers' all-MiniLM-L6-v2. */
    MEAN {
        @Override
        public NDArray pool(NDArray hidden, NDArray mask) {
            NDArray weights = mask.expandDims(2);
            NDArray counts = mask.sum(new int[] {1}, true).maximum(1e-9f);
            return hidden.mul(weights).sum(new int[] {1}).div(counts);
        }
    },

    /** The hidden state of the first token, {@code [CLS]}, as BAAI's bge models. */
    CLS {
        @Override
        public NDArray pool(NDArray hidden, NDArray mask) {
            return hidden.get(":, 0, :");
        }
    };

    /**
     * The sentence embeddings [batch, hidden].
     *
     * @param hidden the last hidden states [batch, tokens, hidden]
     * @param mask the attention mask [batch, tokens] as float32, 1 for a real token
     */
    public abstract NDArray pool(NDArray hidden, NDArray mask);
}
