package dev.chatdesk.models.bert;

import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import dev.chatdesk.models.text.TokenBatch;
import java.util.Arrays;

/** Our encoder's sentence vectors as plain arrays, to compare with ONNX Runtime's. */
public final class PooledVectors {
    private PooledVectors() {}

    /** The pooled output of a batch, a row per text, computed in a sub-manager of {@code manager}. */
    public static float[][] of(BertEncoder encoder, NDManager manager, TokenBatch batch) {
        try (NDManager step = manager.newSubManager()) {
            float[] flat = encoder.forward(new ParameterStore(step, false), batch.toArrays(step), false)
                    .get(1).toFloatArray();
            int hidden = encoder.config().hiddenSize();
            float[][] rows = new float[batch.size()][];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = Arrays.copyOfRange(flat, r * hidden, (r + 1) * hidden);
            }
            return rows;
        }
    }
}
