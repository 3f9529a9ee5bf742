package dev.chatdesk.models.eval;

import dev.chatdesk.models.nlu.NluScores;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well the anger score tells angry customers from customers who are merely unhappy: the
 * ROC AUC of anger between angry (level 2) and calm negative (level 0) messages, the mean anger
 * per level, and how many of each side cross 0.5 and the bot's default escalation threshold 0.7.
 *
 * @param aucAngryVsCalmNegative the probability that an angry message scores above a calm negative one
 * @param meanByLevel mean anger score for levels 0, 1 and 2
 * @param angryRecall share of angry messages scoring at least 0.5
 * @param calmNegativeFalseAlarms share of calm negative messages scoring at least 0.5
 * @param angryRecallAtEscalation share of angry messages scoring at least 0.7
 * @param calmNegativeFalseAlarmsAtEscalation share of calm negative messages scoring at least 0.7
 */
record AngerSeparation(
        double aucAngryVsCalmNegative, double[] meanByLevel, double angryRecall, double calmNegativeFalseAlarms,
        double angryRecallAtEscalation, double calmNegativeFalseAlarmsAtEscalation) {
    private static final double ANGRY_AT = 0.5;
    /** The default of {@code thresholds.anger}: one message at this anger hands the customer to a person. */
    private static final double ESCALATES_AT = 0.7;

    static AngerSeparation of(List<NluScores> scores, List<String> sentiment, List<Integer> levels) {
        List<Double> angry = new ArrayList<>();
        List<Double> calmNegative = new ArrayList<>();
        double[] sums = new double[3];
        int[] counts = new int[3];
        for (int i = 0; i < scores.size(); i++) {
            double anger = scores.get(i).anger();
            int level = levels.get(i);
            sums[level] += anger;
            counts[level]++;
            if (level == 2) {
                angry.add(anger);
            } else if (level == 0 && sentiment.get(i).equals("negative")) {
                calmNegative.add(anger);
            }
        }
        double[] means = new double[3];
        for (int l = 0; l < 3; l++) {
            means[l] = counts[l] == 0 ? Double.NaN : sums[l] / counts[l];
        }
        return new AngerSeparation(auc(angry, calmNegative), means,
                shareAtLeast(angry, ANGRY_AT), shareAtLeast(calmNegative, ANGRY_AT),
                shareAtLeast(angry, ESCALATES_AT), shareAtLeast(calmNegative, ESCALATES_AT));
    }

    private static double auc(List<Double> positives, List<Double> negatives) {
        if (positives.isEmpty() || negatives.isEmpty()) {
            return Double.NaN;
        }
        double wins = 0;
        for (double p : positives) {
            for (double n : negatives) {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        return wins / ((double) positives.size() * negatives.size());
    }

    private static double shareAtLeast(List<Double> values, double threshold) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        long hits = values.stream().filter(v -> v >= threshold).count();
        return (double) hits / values.size();
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("aucAngryVsCalmNegative", aucAngryVsCalmNegative);
        map.put("meanAngerCalm", meanByLevel[0]);
        map.put("meanAngerIrritated", meanByLevel[1]);
        map.put("meanAngerAngry", meanByLevel[2]);
        map.put("angryRecallAt0.5", angryRecall);
        map.put("calmNegativeFalseAlarmsAt0.5", calmNegativeFalseAlarms);
        map.put("angryRecallAt0.7", angryRecallAtEscalation);
        map.put("calmNegativeFalseAlarmsAt0.7", calmNegativeFalseAlarmsAtEscalation);
        return map;
    }
}
