package dev.chatdesk.models.nlu;

import ai.djl.ndarray.NDArray;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The fine-tuned, unit-length sentence embeddings of a model's in-scope training examples, so a
 * message's cosine similarity to its nearest examples comes from one pass over them in plain Java,
 * whichever engine pooled the message (PyTorch or ONNX Runtime). Immutable and thread-safe.
 */
final class ExampleIndex {
    private static final float NORM_FLOOR = 1e-12f;

    private final float[][] vectors;
    private final float[] transposedValues;
    private final int neighbours;

    /**
     * An index of unit-length vectors, all of one dimension.
     *
     * @param neighbours how many of the most similar examples a message's similarity averages
     */
    ExampleIndex(float[][] vectors, int neighbours) {
        if (vectors.length < neighbours || neighbours < 1) {
            throw new IllegalArgumentException(
                    "an example index needs at least " + neighbours + " examples and 1 neighbour, had "
                            + vectors.length + " examples and " + neighbours + " neighbours");
        }
        int dimension = vectors[0].length;
        // Stored as [hidden, examples], so a batch's similarities are one matmul.
        float[] flat = new float[vectors.length * dimension];
        for (int r = 0; r < vectors.length; r++) {
            for (int c = 0; c < dimension; c++) {
                flat[c * vectors.length + r] = vectors[r][c];
            }
        }
        this.vectors = vectors;
        this.transposedValues = flat;
        this.neighbours = neighbours;
    }

    int size() {
        return vectors.length;
    }

    /** The embeddings scaled to unit length, row by row ([batch, hidden] in, same shape out). */
    static NDArray unitLength(NDArray embeddings) {
        return embeddings.div(embeddings.norm(new int[] {1}, true).maximum(NORM_FLOOR));
    }

    /**
     * For each pooled embedding (a row each, any length), the mean cosine similarity to its
     * {@code neighbours} most similar examples.
     */
    float[] similarity(float[][] pooled) {
        int examples = vectors.length;
        float[] result = new float[pooled.length];
        float[] cosines = new float[examples];
        for (int r = 0; r < pooled.length; r++) {
            float[] embedding = pooled[r];
            float norm = Math.max((float) Math.sqrt(squaredLength(embedding)), NORM_FLOOR);
            Arrays.fill(cosines, 0f);
            // Column by column of the [hidden, examples] matrix, so the inner loop is a vector update.
            for (int c = 0; c < embedding.length; c++) {
                float unit = embedding[c] / norm;
                int from = c * examples;
                for (int e = 0; e < examples; e++) {
                    cosines[e] += unit * transposedValues[from + e];
                }
            }
            result[r] = meanOfLargest(cosines, neighbours);
        }
        return result;
    }

    /** The mean of the {@code k} largest values, kept in a small sorted window rather than sorting them all. */
    private static float meanOfLargest(float[] values, int k) {
        float[] largest = new float[k]; // ascending
        Arrays.fill(largest, Float.NEGATIVE_INFINITY);
        for (float value : values) {
            if (value > largest[0]) {
                int at = 0;
                while (at + 1 < k && largest[at + 1] < value) {
                    largest[at] = largest[at + 1];
                    at++;
                }
                largest[at] = value;
            }
        }
        double sum = 0;
        for (float value : largest) {
            sum += value;
        }
        return (float) (sum / k);
    }

    private static double squaredLength(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        return sum;
    }

    void save(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(vectors.length);
            out.writeInt(vectors[0].length);
            for (float[] row : vectors) {
                for (float v : row) {
                    out.writeFloat(v);
                }
            }
        }
    }

    static ExampleIndex load(Path file, int neighbours) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int rows = in.readInt();
            int dimension = in.readInt();
            if (rows < 1 || dimension < 1 || (long) rows * dimension > Integer.MAX_VALUE) {
                throw new IOException("corrupt example index " + file + ": " + rows + " x " + dimension);
            }
            float[][] vectors = new float[rows][dimension];
            for (float[] row : vectors) {
                for (int c = 0; c < dimension; c++) {
                    row[c] = in.readFloat();
                }
            }
            return new ExampleIndex(vectors, neighbours);
        }
    }
}
