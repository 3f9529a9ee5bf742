package dev.chatdesk.models.training;

import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import dev.chatdesk.models.nlu.NluNetwork;
import java.util.HashMap;
import java.util.Map;

/** Copies of a network's trained (not frozen) weights, to keep an epoch's and go back to them. */
final class NetworkWeights {
    private NetworkWeights() {}

    /** The values of every trained (not frozen) parameter, by name. */
    static Map<String, float[]> snapshot(NluNetwork network) {
        Map<String, float[]> weights = new HashMap<>();
        for (Pair<String, Parameter> p : network.getParameters()) {
            if (p.getValue().requiresGradient()) {
                weights.put(p.getKey(), p.getValue().getArray().toFloatArray());
            }
        }
        return weights;
    }

    /** Sets the parameters named in {@code weights} to those values; nothing when {@code weights} is null. */
    static void restore(NluNetwork network, Map<String, float[]> weights) {
        if (weights == null) {
            return;
        }
        for (Pair<String, Parameter> p : network.getParameters()) {
            float[] values = weights.get(p.getKey());
            if (values != null) {
                p.getValue().getArray().set(values);
            }
        }
    }
}
