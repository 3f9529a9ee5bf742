package dev.chatdesk.models.training;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import dev.chatdesk.models.nlu.NluNetwork;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives a new network the weights of an earlier one of the same encoder: every parameter as it
 * was, the intent head's rows by intent name (an intent the earlier network did not have keeps
 * its fresh initialisation; one it had that is gone is dropped).
 */
final class WeightTransfer {
    private WeightTransfer() {}

    static void copy(NluNetwork from, List<String> fromIntents, NluNetwork to, List<String> toIntents) {
        Map<String, Parameter> source = new HashMap<>();
        for (Pair<String, Parameter> p : from.getParameters()) {
            source.put(p.getKey(), p.getValue());
        }
        Set<Parameter> intentHead = new HashSet<>();
        if (to.intentHead() != null) {
            to.intentHead().getParameters().forEach(p -> intentHead.add(p.getValue()));
        }
        for (Pair<String, Parameter> p : to.getParameters()) {
            Parameter target = p.getValue();
            Parameter origin = source.get(p.getKey());
            if (origin == null) {
                throw new IllegalArgumentException("the earlier network has no parameter " + p.getKey());
            }
            if (intentHead.contains(target)) {
                copyRows(origin.getArray(), fromIntents, target.getArray(), toIntents);
            } else {
                target.getArray().set(origin.getArray().toFloatArray());
            }
        }
    }

    /** Copies row i of {@code from} to the row of {@code to} with the same intent name. */
    private static void copyRows(NDArray from, List<String> fromIntents, NDArray to, List<String> toIntents) {
        float[] source = from.toFloatArray();
        float[] target = to.toFloatArray();
        int width = source.length / fromIntents.size();
        for (int row = 0; row < toIntents.size(); row++) {
            int origin = fromIntents.indexOf(toIntents.get(row));
            if (origin >= 0) {
                System.arraycopy(source, origin * width, target, row * width, width);
            }
        }
        to.set(target);
    }
}
