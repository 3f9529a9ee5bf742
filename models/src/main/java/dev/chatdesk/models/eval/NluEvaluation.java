package dev.chatdesk.models.eval;

import dev.chatdesk.core.nlu.SentimentLabel;
import dev.chatdesk.models.data.LabelledText;
import dev.chatdesk.models.nlu.NluScores;
import dev.chatdesk.models.nlu.TrainedNlu;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Measures a trained model on a labelled test set, producing the fields of {@code ./chatdesk nlu
 * eval --json}.
 */
public final class NluEvaluation {
    private NluEvaluation() {}

    /**
     * Evaluates the model's classification head (intents, or the classes of any CSV it was
     * trained on). With {@code oosLabel}, messages the model's out-of-scope rule turns away are
     * predicted out of scope, and in-scope accuracy and out-of-scope recall are reported apart.
     */
    public static Map<String, Object> classification(
            String task, TrainedNlu model, List<LabelledText> test, Optional<String> oosLabel) {
        long started = System.nanoTime();
        List<NluScores> scores = model.scoreAll(texts(test));
        double evalSeconds = seconds(started);
        List<String> predicted = new ArrayList<>();
        for (NluScores s : scores) {
            predicted.add(model.intentLabel(s, oosLabel.isPresent()));
        }
        List<String> truth = test.stream().map(LabelledText::label).toList();
        Map<String, Object> result = report(task, ClassificationReport.of(truth, predicted));
        oosLabel.ifPresent(oos -> {
            result.put("inScopeAccuracy", ClassificationReport.inScopeAccuracy(truth, predicted, oos));
            result.put("oosRecall", ClassificationReport.oosRecall(truth, predicted, oos));
            result.put("confidenceThreshold", model.spec().confidenceThreshold());
            result.put("similarityThreshold", model.spec().similarityThreshold());
        });
        putTiming(result, model, evalSeconds, test.size());
        return result;
    }

    /**
     * Evaluates the sentiment head on a test set labelled negative/neutral/positive (or only
     * negative/positive, where the model then chooses between those two). With anger levels (0
     * calm, 1 irritated, 2 angry), also reports how well anger separates angry customers from
     * calm unhappy ones.
     */
    public static Map<String, Object> sentiment(TrainedNlu model, List<LabelledText> test, List<Integer> angerLevels) {
        List<String> truth = test.stream().map(t -> normaliseSentiment(t.label())).toList();
        boolean twoClass = !truth.contains(SentimentLabel.NEUTRAL.wireName());
        long started = System.nanoTime();
        List<NluScores> scores = model.scoreAll(texts(test));
        double evalSeconds = seconds(started);
        List<String> predicted = new ArrayList<>();
        for (NluScores s : scores) {
            float[] p = s.sentimentProbabilities().clone();
            if (twoClass) {
                p[SentimentLabel.NEUTRAL.ordinal()] = -1;
            }
            predicted.add(SentimentLabel.values()[NluScores.argMax(p)].wireName());
        }
        ClassificationReport report = ClassificationReport.of(truth, predicted);
        Map<String, Object> result = report("sentiment", report);
        // Short-text sentiment benchmarks (SemEval's tweets) rank by macro recall, not accuracy.
        result.put("macroRecall", macroRecall(report, truth));
        if (!angerLevels.isEmpty()) {
            result.put("anger", AngerSeparation.of(scores, truth, angerLevels).toMap());
        }
        putTiming(result, model, evalSeconds, test.size());
        return result;
    }

    /** The unweighted mean recall of the classes that occur in the truth. */
    static double macroRecall(ClassificationReport report, List<String> truth) {
        return truth.stream().distinct()
                .mapToDouble(label -> report.perLabel().get(label).recall())
                .average()
                .orElse(Double.NaN);
    }

    private static String normaliseSentiment(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        return switch (l) {
            case "neg", "negative" -> "negative";
            case "neu", "neutral" -> "neutral";
            case "pos", "positive" -> "positive";
            default -> throw new IllegalArgumentException(
                    "sentiment labels must be negative, neutral or positive (or neg/neu/pos), found '" + label + "'");
        };
    }

    private static Map<String, Object> report(String task, ClassificationReport report) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("task", task);
        result.put("n", report.n());
        result.put("accuracy", report.accuracy());
        result.put("macroF1", report.macroF1());
        result.put("perLabel", report.perLabel());
        return result;
    }

    private static void putTiming(Map<String, Object> result, TrainedNlu model, double evalSeconds, int n) {
        result.put("trainSeconds", model.spec().trainSeconds());
        result.put("evalSeconds", evalSeconds);
        result.put("examplesPerSecond", n / Math.max(evalSeconds, 1e-9));
    }

    private static List<String> texts(List<LabelledText> examples) {
        return examples.stream().map(LabelledText::text).toList();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
