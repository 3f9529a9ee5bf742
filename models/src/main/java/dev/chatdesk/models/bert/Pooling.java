package dev.chatdesk.models.bert;

import ai.djl.ndarray.NDArray;
import java.nio.FloatBuffer;

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

        @Override
        public float[][] pool(FloatBuffer hidden, long[] mask, int tokens, int width) {
            float[][] pooled = new float[mask.length / tokens][width];
            for (int row = 0; row < pooled.length; row++) {
                int count = 0;
                for (int t = 0; t < tokens; t++) {
                    if (mask[row * tokens + t] == 1) {
                        int from = (row * tokens + t) * width;
                        for (int i = 0; i < width; i++) {
                            pooled[row][i] += hidden.get(from + i);
                        }
                        count++;
                    }
                }
                float divisor = Math.max(count, 1e-9f);
                for (int i = 0; i < width; i++) {
                    pooled[row][i] /= divisor;
                }
            }
            return pooled;
        }
    },

    /** The hidden state of the first token, {@code [CLS]}, as BAAI's bge models. */
    CLS {
        @Override
        public NDArray pool(NDArray hidden, NDArray mask) {
            return hidden.get(":, 0, :");
        }

        @Override
        public float[][] pool(FloatBuffer hidden, long[] mask, int tokens, int width) {
            float[][] pooled = new float[mask.length / tokens][width];
            for (int row = 0; row < pooled.length; row++) {
                hidden.get(row * tokens * width, pooled[row]);
            }
            return pooled;
        }
    };

    /**
     * The sentence embeddings [batch, hidden].
     *
     * @param hidden the last hidden states [batch, tokens, hidden]
     * @param mask the attention mask [batch, tokens] as float32, 1 for a real token
     */
    public abstract NDArray pool(NDArray hidden, NDArray mask);

    /**
     * The same sentence embeddings from plain arrays, for hidden states computed outside PyTorch.
     *
     * @param hidden the last hidden states [batch, tokens, width], row-major
     * @param mask the attention mask [batch, tokens], row-major, 1 for a real token
     * @return a row of {@code width} values per text of the batch
     */
    public abstract float[][] pool(FloatBuffer hidden, long[] mask, int tokens, int width);
}
