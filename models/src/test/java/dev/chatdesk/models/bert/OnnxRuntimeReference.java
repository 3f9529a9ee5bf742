package dev.chatdesk.models.bert;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** An encoder's original ONNX file run by ONNX Runtime: what a port of it is checked against. */
final class OnnxRuntimeReference implements AutoCloseable {
    private final OrtEnvironment ort = OrtEnvironment.getEnvironment();
    private final OrtSession session;

    /** The ONNX file that is the given class-path resource. */
    OnnxRuntimeReference(String resource) throws IOException, OrtException {
        try (InputStream in = OnnxRuntimeReference.class.getClassLoader().getResourceAsStream(resource)) {
            session = ort.createSession(in.readAllBytes(), new OrtSession.SessionOptions());
        }
    }

    /** The last hidden states [tokens][hidden] of one sequence of real tokens, unpadded. */
    float[][] lastHiddenState(long[] ids) throws OrtException {
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(ort, new long[][] {ids}));
            inputs.put("attention_mask", OnnxTensor.createTensor(ort, new long[][] {filled(ids.length, 1)}));
            if (session.getInputNames().contains("token_type_ids")) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(ort, new long[][] {filled(ids.length, 0)}));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return ((float[][][]) result.get("last_hidden_state").orElseThrow().getValue())[0];
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static long[] filled(int length, long value) {
        long[] array = new long[length];
        Arrays.fill(array, value);
        return array;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
