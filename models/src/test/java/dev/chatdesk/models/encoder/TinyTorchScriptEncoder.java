package dev.chatdesk.models.encoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * The test fixture of "bring your own encoder": a DJL model directory with a tiny BERT-like
 * TorchScript module ({@code src/test/resources/tiny-torchscript-encoder/model.pt}, written by
 * {@code src/test/python/write_tiny_torchscript.py}; run it again after changing it), its
 * {@code serving.properties}, and all-MiniLM-L6-v2's {@code tokenizer.json}. Also computes the
 * module's token embeddings in plain Java from the weights in its file.
 */
public final class TinyTorchScriptEncoder {
    /** The module's hidden size. */
    public static final int HIDDEN = 16;

    /** The module's {@code maxLength} in {@code serving.properties}: its position embeddings. */
    public static final int MAX_LENGTH = 64;

    /** The rows of its word-embedding table; word-piece ids are taken modulo this. */
    private static final int BUCKETS = 512;

    private static final String RESOURCES = "/tiny-torchscript-encoder/";

    private TinyTorchScriptEncoder() {}

    /** Writes the model directory into {@code directory} (created if needed) and returns it. */
    public static Path writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (String file : new String[] {"model.pt", TorchScriptEncoder.PROPERTIES_FILE}) {
            try (InputStream in = TinyTorchScriptEncoder.class.getResourceAsStream(RESOURCES + file)) {
                Files.copy(in, directory.resolve(file));
            }
        }
        try (InputStream in = TinyTorchScriptEncoder.class.getClassLoader()
                .getResourceAsStream(PretrainedEncoder.DEFAULT_TOKENIZER)) {
            Files.copy(in, directory.resolve(TorchScriptEncoder.TOKENIZER_FILE));
        }
        return directory;
    }

    /** The weights of the module in a {@code model.pt}, read from its storages. */
    public record Weights(float[] words, float[] positions, float[] dense, float[] bias) {
        /** Reads storages 0 to 3 of the archive, as the script writes them. */
        public static Weights of(Path modelFile) throws IOException {
            try (ZipFile zip = new ZipFile(modelFile.toFile())) {
                float[][] storages = new float[4][];
                for (int key = 0; key < storages.length; key++) {
                    try (InputStream in = zip.getInputStream(zip.getEntry("tiny_encoder/data/" + key))) {
                        ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
                        storages[key] = new float[bytes.remaining() / Float.BYTES];
                        bytes.asFloatBuffer().get(storages[key]);
                    }
                }
                return new Weights(storages[0], storages[1], storages[2], storages[3]);
            }
        }

        /**
         * The token embeddings [tokens][HIDDEN] of one padded row: hashed word and position
         * embeddings plus their mean over the real tokens, through a tanh layer, zero where
         * padded.
         */
        public float[][] tokenEmbeddings(long[] ids, long[] mask) {
            int tokens = ids.length;
            double[][] embedded = new double[tokens][HIDDEN];
            double[] context = new double[HIDDEN];
            int real = 0;
            for (int t = 0; t < tokens; t++) {
                int row = (int) (ids[t] % BUCKETS);
                for (int h = 0; h < HIDDEN; h++) {
                    embedded[t][h] = words[row * HIDDEN + h] + positions[t * HIDDEN + h];
                    context[h] += mask[t] * embedded[t][h];
                }
                real += (int) mask[t];
            }
            for (int h = 0; h < HIDDEN; h++) {
                context[h] /= Math.max(real, 1);
            }
            float[][] out = new float[tokens][HIDDEN];
            for (int t = 0; t < tokens; t++) {
                for (int o = 0; o < HIDDEN; o++) {
                    double sum = bias[o];
                    for (int i = 0; i < HIDDEN; i++) {
                        sum += dense[o * HIDDEN + i] * (embedded[t][i] + context[i]);
                    }
                    out[t][o] = (float) (Math.tanh(sum) * mask[t]);
                }
            }
            return out;
        }
    }
}
