package dev.chatdesk.models.training;

import dev.chatdesk.models.data.LabelledText;
import dev.chatdesk.models.data.SentimentExample;
import dev.chatdesk.models.nlu.NluScores;
import dev.chatdesk.models.nlu.TrainedNlu;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's accuracy on held-out examples, per task (intent, sentiment, angry or not) and as
 * their mean, the score epochs and models are compared by.
 *
 * @param intent intent accuracy, NaN without intent examples
 * @param sentiment sentiment accuracy, NaN without sentiment examples
 * @param anger the share told angry or not correctly, NaN without sentiment examples
 */
record HeldOutScores(double intent, double sentiment, double anger) {

    /** Scores the model on these held-out examples (intent labels the model does not know count as wrong). */
    static HeldOutScores of(TrainedNlu model, List<LabelledText> intentExamples, List<SentimentExample> sentimentExamples) {
        double intent = Double.NaN;
        if (!intentExamples.isEmpty()) {
            List<String> intents = model.spec().intents();
            List<NluScores> predicted = model.scoreAll(intentExamples.stream().map(LabelledText::text).toList());
            int right = 0;
            for (int i = 0; i < predicted.size(); i++) {
                right += intents.get(predicted.get(i).topIntent()).equals(intentExamples.get(i).label()) ? 1 : 0;
            }
            intent = (double) right / predicted.size();
        }
        double sentiment = Double.NaN;
        double anger = Double.NaN;
        if (!sentimentExamples.isEmpty()) {
            List<NluScores> predicted = model.scoreAll(sentimentExamples.stream().map(SentimentExample::text).toList());
            int right = 0;
            int angerRight = 0;
            for (int i = 0; i < predicted.size(); i++) {
                SentimentExample truth = sentimentExamples.get(i);
                right += NluScores.argMax(predicted.get(i).sentimentProbabilities()) == truth.sentiment().ordinal() ? 1 : 0;
                boolean saysAngry = predicted.get(i).anger() >= 0.5;
                angerRight += saysAngry == (truth.anger() >= SentimentExample.ANGRY) ? 1 : 0;
            }
            sentiment = (double) right / predicted.size();
            anger = (double) angerRight / predicted.size();
        }
        return new HeldOutScores(intent, sentiment, anger);
    }

    /**
     * How much one example changes the score on a split of this many held-out intent and
     * sentiment examples: one example of the smallest task, whose share of the score is one task's.
     */
    static double oneExample(int intentExamples, int sentimentExamples) {
        int tasks = (intentExamples > 0 ? 1 : 0) + (sentimentExamples > 0 ? 2 : 0);
        int smallest = intentExamples > 0 && sentimentExamples > 0
                ? Math.min(intentExamples, sentimentExamples)
                : Math.max(intentExamples, sentimentExamples);
        return tasks == 0 ? 0 : 1.0 / (tasks * smallest);
    }

    /** The mean of the tasks' accuracies. */
    double score() {
        double sum = 0;
        int tasks = 0;
        for (double accuracy : new double[] {intent, sentiment, anger}) {
            if (!Double.isNaN(accuracy)) {
                sum += accuracy;
                tasks++;
            }
        }
        return tasks == 0 ? 0 : sum / tasks;
    }

    /** The scores as a model's spec records them: {@code score} and each task's accuracy. */
    Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("score", score());
        putIfKnown(map, "intentAccuracy", intent);
        putIfKnown(map, "sentimentAccuracy", sentiment);
        putIfKnown(map, "angerAccuracy", anger);
        return map;
    }

    private static void putIfKnown(Map<String, Double> map, String key, double value) {
        if (!Double.isNaN(value)) {
            map.put(key, value);
        }
    }
}
