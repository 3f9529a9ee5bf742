package dev.chatdesk.models.text;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Token ids and attention mask of several texts, padded to the longest of them.
 *
 * @param ids row-major [size, length] word-piece ids, 0 where padded
 * @param mask row-major [size, length], 1 for a real token and 0 for padding
 * @param size the number of texts
 * @param length the padded length
 */
public record TokenBatch(long[] ids, long[] mask, int size, int length) {

    /** The real (unpadded) tokens in the batch. */
    public long realTokens() {
        long count = 0;
        for (long m : mask) {
            count += m;
        }
        return count;
    }

    /** The batch as the encoder's input arrays, created in the given (per-batch) manager. */
    public NDList toArrays(NDManager manager) {
        Shape shape = new Shape(size, length);
        NDArray idArray = manager.create(ids, shape);
        NDArray maskArray = manager.create(mask, shape);
        return new NDList(idArray, maskArray);
    }
}
