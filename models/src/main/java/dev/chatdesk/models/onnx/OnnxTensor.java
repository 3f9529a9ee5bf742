package dev.chatdesk.models.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * A tensor of an ONNX graph (an initializer or a constant): its name, dimensions, element type
 * and little-endian data.
 *
 * @param name the tensor's name in the graph
 * @param dims the dimensions, outermost first
 * @param dataType the ONNX element type ({@link #FLOAT32} for weights)
 * @param data the raw little-endian values
 */
public record OnnxTensor(String name, long[] dims, int dataType, ByteBuffer data) {
    /** ONNX's code for float32 elements. */
    public static final int FLOAT32 = 1;

    /** The values as floats, in row-major order. */
    public FloatBuffer floats() {
        return data.duplicate().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
    }

    /** The number of values. */
    public long size() {
        return Arrays.stream(dims).reduce(1, (a, b) -> a * b);
    }

    /** The values of a 2-d tensor transposed: [rows, cols] becomes [cols, rows]. */
    public float[] transposed() {
        if (dims.length != 2) {
            throw new IllegalStateException(name + " is not a matrix: " + Arrays.toString(dims));
        }
        int rows = (int) dims[0];
        int cols = (int) dims[1];
        FloatBuffer in = floats();
        float[] out = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = in.get(r * cols + c);
            }
        }
        return out;
    }
}
