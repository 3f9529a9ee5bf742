package dev.chatdesk.models.training;

import java.util.List;

/**
 * Chooses, on held-out examples, the out-of-scope rule: the top-intent probability and the
 * similarity to the nearest training examples under which a message counts as out of scope.
 *
 * <p>The rule protects in-scope answers first. Its thresholds may turn away only a fixed number
 * of the held-out in-scope messages the model answers correctly: one point of in-scope accuracy
 * when there are out-of-scope examples, 2% of the correct answers when there are none. That
 * budget is spent in full, because the out-of-scope messages a bot will meet are mostly not like
 * the ones it was given: each threshold sits at a low quantile of the values that correctly
 * answered messages have. The only choice the out-of-scope examples make is how the budget is
 * shared between the two thresholds (one of five shares, the one that finds most of them, ties
 * going to the even share); without them the share is even.
 */
final class OutOfScopeCalibration {
    /** With out-of-scope examples: how much held-out in-scope accuracy the thresholds may cost. */
    static final double ACCURACY_BUDGET = 0.01;
    /** Without out-of-scope examples: the share of correct held-out answers they may turn away. */
    static final double CORRECT_BUDGET = 0.02;
    /** The confidence threshold that turns nothing away. */
    static final double NO_CONFIDENCE_THRESHOLD = 0;
    /** The similarity threshold that turns nothing away (cosine similarity is at least -1). */
    static final double NO_SIMILARITY_THRESHOLD = -1;
    /** Shares of the budget the similarity threshold may take, in order of preference on ties. */
    private static final double[] SIMILARITY_SHARES = {0.5, 0.25, 0.75, 0, 1};

    /**
     * One held-out example.
     *
     * @param confidence the top intent's probability
     * @param similarity the similarity of its embedding to the nearest in-scope training examples
     * @param predictedOos whether the top intent is the out-of-scope class
     * @param correct whether the top intent is the true one
     * @param trulyOos whether the true label is the out-of-scope class
     */
    record Observation(double confidence, double similarity, boolean predictedOos, boolean correct,
            boolean trulyOos) {}

    /**
     * The chosen rule and how it did on the held-out examples.
     *
     * @param minConfidence under this top-intent probability a message is out of scope
     * @param minSimilarity under this similarity a message is out of scope
     * @param similarityShare the share of the budget the similarity threshold took
     * @param referenceAccuracy held-out in-scope accuracy without the thresholds
     * @param inScopeAccuracy held-out in-scope accuracy with them
     * @param oosRecall the share of held-out out-of-scope examples found (NaN without any)
     */
    record Rule(double minConfidence, double minSimilarity, double similarityShare, double referenceAccuracy,
            double inScopeAccuracy, double oosRecall) {}

    private OutOfScopeCalibration() {}

    static Rule choose(List<Observation> observations) {
        boolean hasOos = observations.stream().anyMatch(Observation::trulyOos);
        List<Observation> inScope = observations.stream().filter(o -> !o.trulyOos()).toList();
        List<Observation> answered = inScope.stream().filter(o -> o.correct() && !o.predictedOos()).toList();
        double[] confidences = answered.stream().mapToDouble(Observation::confidence).sorted().toArray();
        double[] similarities = answered.stream().mapToDouble(Observation::similarity).sorted().toArray();
        long allowed = hasOos
                ? Math.round(ACCURACY_BUDGET * inScope.size())
                : Math.round(CORRECT_BUDGET * answered.size());
        Rule best = null;
        for (double share : hasOos ? SIMILARITY_SHARES : new double[] {0.5}) {
            Rule rule = spend(observations, answered, confidences, similarities, share, allowed);
            if (best == null || rule.oosRecall() > best.oosRecall()) {
                best = rule;
            }
        }
        return best;
    }

    /**
     * The strictest thresholds, sharing the budget as given, that turn away at most {@code
     * allowed} correctly answered messages.
     */
    private static Rule spend(List<Observation> observations, List<Observation> answered, double[] confidences,
            double[] similarities, double share, long allowed) {
        double minConfidence = NO_CONFIDENCE_THRESHOLD;
        double minSimilarity = NO_SIMILARITY_THRESHOLD;
        for (int spent = 1; spent < answered.size(); spent++) {
            int similarityLevel = (int) Math.round(share * spent);
            double confidence = level(confidences, spent - similarityLevel, NO_CONFIDENCE_THRESHOLD);
            double similarity = level(similarities, similarityLevel, NO_SIMILARITY_THRESHOLD);
            long turnedAway = answered.stream()
                    .filter(o -> o.confidence() < confidence || o.similarity() < similarity)
                    .count();
            if (turnedAway > allowed) {
                break;
            }
            minConfidence = confidence;
            minSimilarity = similarity;
        }
        return evaluate(observations, minConfidence, minSimilarity, share);
    }

    /** The threshold under which the {@code count} lowest values fall: halfway to the next one. */
    private static double level(double[] sorted, int count, double none) {
        return count == 0 ? none : (sorted[count - 1] + sorted[count]) / 2;
    }

    /** How a rule does on held-out examples. */
    static Rule evaluate(List<Observation> observations, double minConfidence, double minSimilarity,
            double share) {
        int inScope = 0;
        int reference = 0;
        int right = 0;
        int oos = 0;
        int found = 0;
        for (Observation o : observations) {
            boolean turnedAway = o.confidence() < minConfidence || o.similarity() < minSimilarity;
            if (o.trulyOos()) {
                oos++;
                found += o.predictedOos() || turnedAway ? 1 : 0;
            } else {
                inScope++;
                boolean answered = o.correct() && !o.predictedOos();
                reference += answered ? 1 : 0;
                right += answered && !turnedAway ? 1 : 0;
            }
        }
        return new Rule(minConfidence, minSimilarity, share, ratio(reference, inScope), ratio(right, inScope),
                oos == 0 ? Double.NaN : ratio(found, oos));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
