package dev.chatdesk.models.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accuracy, macro-averaged F1 and per-class scores of predictions against the truth. Macro F1
 * averages over every class that occurs in the truth or the predictions.
 *
 * @param n the number of examples
 * @param accuracy the share predicted right
 * @param macroF1 the unweighted mean of the classes' F1
 * @param perLabel each class's scores, by name
 */
public record ClassificationReport(int n, double accuracy, double macroF1, Map<String, LabelScores> perLabel) {

    /** Scores predictions; both lists are in the same order. */
    public static ClassificationReport of(List<String> truth, List<String> predicted) {
        if (truth.size() != predicted.size() || truth.isEmpty()) {
            throw new IllegalArgumentException("need as many predictions as examples, and at least one");
        }
        TreeSet<String> labels = new TreeSet<>(truth);
        labels.addAll(predicted);
        Map<String, LabelScores> perLabel = new TreeMap<>();
        int right = 0;
        for (int i = 0; i < truth.size(); i++) {
            right += truth.get(i).equals(predicted.get(i)) ? 1 : 0;
        }
        double f1Sum = 0;
        for (String label : labels) {
            int truePositives = 0;
            int predictedCount = 0;
            int support = 0;
            for (int i = 0; i < truth.size(); i++) {
                boolean isLabel = truth.get(i).equals(label);
                boolean saysLabel = predicted.get(i).equals(label);
                support += isLabel ? 1 : 0;
                predictedCount += saysLabel ? 1 : 0;
                truePositives += isLabel && saysLabel ? 1 : 0;
            }
            double precision = predictedCount == 0 ? 0 : (double) truePositives / predictedCount;
            double recall = support == 0 ? 0 : (double) truePositives / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel.put(label, new LabelScores(precision, recall, f1, support));
            f1Sum += f1;
        }
        return new ClassificationReport(truth.size(), (double) right / truth.size(), f1Sum / labels.size(), perLabel);
    }

    /**
     * Accuracy on the examples whose truth is not {@code oosLabel} (an in-scope example predicted
     * out of scope counts as wrong).
     */
    public static double inScopeAccuracy(List<String> truth, List<String> predicted, String oosLabel) {
        int total = 0;
        int right = 0;
        for (int i = 0; i < truth.size(); i++) {
            if (!truth.get(i).equals(oosLabel)) {
                total++;
                right += truth.get(i).equals(predicted.get(i)) ? 1 : 0;
            }
        }
        return total == 0 ? 0 : (double) right / total;
    }

    /** The share of out-of-scope examples predicted out of scope. */
    public static double oosRecall(List<String> truth, List<String> predicted, String oosLabel) {
        int total = 0;
        int found = 0;
        for (int i = 0; i < truth.size(); i++) {
            if (truth.get(i).equals(oosLabel)) {
                total++;
                found += predicted.get(i).equals(oosLabel) ? 1 : 0;
            }
        }
        return total == 0 ? 0 : (double) found / total;
    }
}
