package dev.chatdesk.models.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * A tensor of an ONNX graph (an initializer or a constant): its name, dimensions, element type
 * and little-endian data, a view of the bytes the graph was parsed from.
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
        requireMatrix();
        return transpose(floats(), (int) dims[0], (int) dims[1]);
    }

    /**
     * Overwrites the values in the bytes the tensor was read from, which must be writable: how a
     * model file gets other weights of the same shapes.
     *
     * @param values row-major, {@link #size()} of them
     */
    public void set(float[] values) {
        if (values.length != size()) {
            throw new IllegalArgumentException(
                    name + " " + Arrays.toString(dims) + " cannot take " + values.length + " values");
        }
        floats().put(values);
    }

    /** As {@link #set}, the values of a 2-d tensor given transposed: [cols, rows] for [rows, cols]. */
    public void setTransposed(float[] values) {
        requireMatrix();
        set(transpose(FloatBuffer.wrap(values), (int) dims[1], (int) dims[0]));
    }

    private void requireMatrix() {
        if (dims.length != 2) {
            throw new IllegalStateException(name + " is not a matrix: " + Arrays.toString(dims));
        }
    }

    private static float[] transpose(FloatBuffer in, int rows, int cols) {
        float[] out = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = in.get(r * cols + c);
            }
        }
        return out;
    }
}
