package dev.chatdesk.models.serving;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import dev.chatdesk.models.bert.Pooling;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.text.TokenBatch;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A mean-pooled pretrained encoder's original ONNX file run by ONNX Runtime, scoring each text as
 * its sentence vector: the peer {@link NluBenchmark} measures our serving against. For a fair
 * comparison it gets what our workers get: the same tokenizer, one session shared by all workers
 * as our workers share one network, all graph optimizations, and one thread per run when there
 * are several workers (as {@link BatchingSettings#singleThreadedWorkers()}), every core otherwise.
 * Thread-safe (ONNX Runtime sessions are).
 */
final class OnnxRuntimeEncoder implements BatchScorer<float[]> {
    private final OrtEnvironment ort = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final int hidden;

    /** Loads the encoder's ONNX file into a session for workers as {@code settings} has them. */
    OnnxRuntimeEncoder(PretrainedEncoder encoder, int maxTokens, BatchingSettings settings) {
        if (encoder.config().pooling() != Pooling.MEAN) {
            throw new IllegalArgumentException("the ONNX Runtime peer mean-pools; "
                    + encoder.fingerprint() + " pools " + encoder.config().pooling());
        }
        try (SessionOptions options = new SessionOptions()) {
            options.setOptimizationLevel(OptLevel.ALL_OPT);
            options.setExecutionMode(SessionOptions.ExecutionMode.SEQUENTIAL);
            if (settings.singleThreadedWorkers()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
            }
            session = ort.createSession(encoder.onnxFile(), options);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + encoder.fingerprint(), e);
        }
        tokenizer = encoder.newTokenizer(maxTokens);
        hidden = encoder.config().hiddenSize();
    }

    @Override
    public long[] tokenize(String text) {
        return tokenizer.ids(text);
    }

    /** The mean of each row's last hidden states over its real tokens. */
    @Override
    public List<float[]> score(TokenBatch batch) {
        long[] shape = {batch.size(), batch.length()};
        try (OnnxTensor ids = OnnxTensor.createTensor(ort, LongBuffer.wrap(batch.ids()), shape);
                OnnxTensor mask = OnnxTensor.createTensor(ort, LongBuffer.wrap(batch.mask()), shape);
                OnnxTensor types = OnnxTensor.createTensor(ort, LongBuffer.wrap(new long[batch.ids().length]), shape);
                OrtSession.Result result = session.run(
                        Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types))) {
            return meanPooled(((OnnxTensor) result.get(0)).getFloatBuffer(), batch);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on a batch of " + batch.size() + " texts", e);
        }
    }

    private List<float[]> meanPooled(FloatBuffer states, TokenBatch batch) {
        List<float[]> vectors = new ArrayList<>(batch.size());
        for (int row = 0; row < batch.size(); row++) {
            float[] sum = new float[hidden];
            int tokens = 0;
            for (int t = 0; t < batch.length(); t++) {
                if (batch.mask()[row * batch.length() + t] == 1) {
                    int from = (row * batch.length() + t) * hidden;
                    for (int i = 0; i < hidden; i++) {
                        sum[i] += states.get(from + i);
                    }
                    tokens++;
                }
            }
            for (int i = 0; i < hidden; i++) {
                sum[i] /= tokens;
            }
            vectors.add(sum);
        }
        return vectors;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX Runtime session", e);
        } finally {
            tokenizer.close();
        }
    }
}
