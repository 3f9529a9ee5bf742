package dev.chatdesk.models.training;

import java.util.Arrays;
import java.util.List;

/**
 * Chooses the confidence under which a message counts as out of scope, on held-out examples.
 *
 * <p>With out-of-scope examples, the threshold maximises the mean of in-scope accuracy and
 * out-of-scope recall, so neither kind of mistake is favoured by how many examples each has.
 * Without them, it is the confidence that 95% of correctly recognised held-out messages reach.
 */
final class ConfidenceCalibration {
    private static final double KEPT_CORRECT_SHARE = 0.95;

    /**
     * One held-out example.
     *
     * @param confidence the top intent's probability
     * @param predictedOos whether the top intent is the out-of-scope class
     * @param correct whether the top intent is the true one
     * @param trulyOos whether the true label is the out-of-scope class
     */
    record Observation(double confidence, boolean predictedOos, boolean correct, boolean trulyOos) {}

    private ConfidenceCalibration() {}

    static double threshold(List<Observation> observations, boolean hasOosExamples) {
        return hasOosExamples ? balancedThreshold(observations) : quantileOfCorrect(observations);
    }

    private static double balancedThreshold(List<Observation> observations) {
        double best = 0;
        double bestScore = -1;
        for (int step = 0; step < 100; step++) {
            double threshold = step / 100.0;
            int inScope = 0;
            int inScopeRight = 0;
            int oos = 0;
            int oosFound = 0;
            for (Observation o : observations) {
                boolean saysOos = o.predictedOos() || o.confidence() < threshold;
                if (o.trulyOos()) {
                    oos++;
                    oosFound += saysOos ? 1 : 0;
                } else {
                    inScope++;
                    inScopeRight += (!saysOos && o.correct()) ? 1 : 0;
                }
            }
            double score = 0.5 * ratio(inScopeRight, inScope) + 0.5 * ratio(oosFound, oos);
            if (score > bestScore) {
                bestScore = score;
                best = threshold;
            }
        }
        return best;
    }

    private static double quantileOfCorrect(List<Observation> observations) {
        double[] confidences = observations.stream()
                .filter(Observation::correct)
                .mapToDouble(Observation::confidence)
                .sorted()
                .toArray();
        if (confidences.length == 0) {
            return 0;
        }
        int index = (int) Math.floor((1 - KEPT_CORRECT_SHARE) * confidences.length);
        return Arrays.stream(confidences).skip(index).findFirst().orElse(0);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
