package dev.chatdesk.models.text;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.List;

/**
 * Token ids and attention mask of several texts, padded to the longest of them.
 *
 * @param ids row-major [size, length] word-piece ids, 0 where padded
 * @param mask row-major [size, length], 1 for a real token and 0 for padding
 * @param size the number of texts
 * @param length the padded length
 */
public record TokenBatch(long[] ids, long[] mask, int size, int length) {

    /** A batch of already tokenized texts, padded with id 0 to the longest. */
    public static TokenBatch padded(List<long[]> rows) {
        int length = 1;
        for (long[] row : rows) {
            length = Math.max(length, row.length);
        }
        long[] ids = new long[rows.size() * length];
        long[] mask = new long[rows.size() * length];
        for (int r = 0; r < rows.size(); r++) {
            long[] row = rows.get(r);
            System.arraycopy(row, 0, ids, r * length, row.length);
            Arrays.fill(mask, r * length, r * length + row.length, 1L);
        }
        return new TokenBatch(ids, mask, rows.size(), length);
    }

    /** The batch as the encoder's input arrays, created in the given (per-batch) manager. */
    public NDList toArrays(NDManager manager) {
        Shape shape = new Shape(size, length);
        NDArray idArray = manager.create(ids, shape);
        NDArray maskArray = manager.create(mask, shape);
        return new NDList(idArray, maskArray);
    }
}
