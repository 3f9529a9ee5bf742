package dev.chatdesk.models.serving;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import dev.chatdesk.models.bert.BertConfig;
import dev.chatdesk.models.text.TokenBatch;
import java.nio.LongBuffer;
import java.util.Map;

/**
 * A BERT encoder's ONNX file in an ONNX Runtime session, giving the pooled sentence embeddings of
 * padded batches as the encoder's {@link BertConfig#pooling()} says. One session serves every
 * worker, as our workers share one network; it has all graph optimizations, and one thread per
 * run when there are several workers (as {@link BatchingSettings#singleThreadedWorkers()}), every
 * core otherwise. Thread-safe (ONNX Runtime sessions are).
 */
final class OnnxRuntimeBert implements AutoCloseable {
    private final OrtEnvironment ort = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final BertConfig config;
    private final String name;

    /**
     * Loads an ONNX file of a HuggingFace BERT export into a session for workers as {@code
     * settings} has them.
     *
     * @param config the encoder's sizes and pooling
     * @param name what error messages call the encoder
     */
    OnnxRuntimeBert(byte[] onnxFile, BertConfig config, String name, BatchingSettings settings) {
        this.config = config;
        this.name = name;
        try (SessionOptions options = new SessionOptions()) {
            options.setOptimizationLevel(OptLevel.ALL_OPT);
            options.setExecutionMode(SessionOptions.ExecutionMode.SEQUENTIAL);
            if (settings.singleThreadedWorkers()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
            }
            session = ort.createSession(onnxFile, options);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + name, e);
        }
    }

    /** The sentence embedding of each row of the batch, in row order. */
    float[][] pooled(TokenBatch batch) {
        long[] shape = {batch.size(), batch.length()};
        try (OnnxTensor ids = OnnxTensor.createTensor(ort, LongBuffer.wrap(batch.ids()), shape);
                OnnxTensor mask = OnnxTensor.createTensor(ort, LongBuffer.wrap(batch.mask()), shape);
                OnnxTensor types = OnnxTensor.createTensor(ort, LongBuffer.wrap(new long[batch.ids().length]), shape);
                OrtSession.Result result = session.run(
                        Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types))) {
            return config.pooling().pool(((OnnxTensor) result.get(0)).getFloatBuffer(), batch.mask(),
                    batch.length(), config.hiddenSize());
        } catch (OrtException e) {
            throw new IllegalStateException(
                    "ONNX Runtime failed to run " + name + " on a batch of " + batch.size() + " texts", e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX Runtime session of " + name, e);
        }
    }
}
