package dev.chatdesk.models.serving;

import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.text.TokenBatch;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.util.Arrays;
import java.util.List;

/**
 * A pretrained encoder's original ONNX file run by ONNX Runtime, scoring each text as its sentence
 * vector, pooled as the encoder's spec says: the peer {@link NluBenchmark} measures our serving
 * against. For a fair comparison it gets what our workers get: the same tokenizer, and a session
 * shared and threaded as {@link OnnxRuntimeBert} describes. Thread-safe.
 */
final class OnnxRuntimeEncoder implements BatchScorer<float[]> {
    private final OnnxRuntimeBert encoder;
    private final WordPieceTokenizer tokenizer;

    /** Loads the encoder's ONNX file into a session for workers as {@code settings} has them. */
    OnnxRuntimeEncoder(PretrainedEncoder encoder, int maxTokens, BatchingSettings settings) {
        this.encoder = new OnnxRuntimeBert(encoder.onnxFile(), encoder.config(), encoder.fingerprint(), settings);
        this.tokenizer = encoder.newTokenizer(maxTokens);
    }

    @Override
    public long[] tokenize(String text) {
        return tokenizer.ids(text);
    }

    @Override
    public List<float[]> score(TokenBatch batch) {
        return Arrays.asList(encoder.pooled(batch));
    }

    @Override
    public void close() {
        try {
            encoder.close();
        } finally {
            tokenizer.close();
        }
    }
}
