package dev.chatdesk.models.training;

import dev.chatdesk.models.data.LabelledText;
import dev.chatdesk.models.nlu.NluScores;
import dev.chatdesk.models.nlu.NluSpec;
import dev.chatdesk.models.nlu.TrainedNlu;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * Gives a trained model its out-of-scope detection: indexes the fine-tuned embeddings of the
 * in-scope training examples (not the held-out ones) and calibrates the rule on the held-out
 * examples (see {@link OutOfScopeCalibration}). Runs after training, or on a model cached
 * before models had an index.
 */
final class OutOfScopeFitting {
    /** How many nearest training examples a message's similarity averages. */
    static final int NEIGHBOURS = 1;
    /**
     * The most examples indexed, so the lookup stays a small part of a message's cost; a bot
     * with more keeps an even share of each intent's.
     */
    static final int MAX_INDEXED = 4096;

    private OutOfScopeFitting() {}

    /**
     * The model with its example index and calibrated rule. The result takes over the model:
     * use and close only the result.
     */
    static TrainedNlu fit(TrainedNlu model, Split<LabelledText> split, Optional<String> oosLabel, long seed) {
        String oos = oosLabel.orElse(null);
        List<LabelledText> indexed = sample(
                split.train().stream().filter(e -> !e.label().equals(oos)).toList(), new Random(seed));
        List<float[]> embeddings = model.embedAll(indexed.stream().map(LabelledText::text).toList());
        NluSpec unruled = model.spec().withOutOfScopeRule(OutOfScopeCalibration.NO_CONFIDENCE_THRESHOLD,
                OutOfScopeCalibration.NO_SIMILARITY_THRESHOLD, NEIGHBOURS, model.spec().heldOut());
        TrainedNlu indexedModel = model.withExamples(embeddings.toArray(float[][]::new), unruled);
        List<LabelledText> heldOut = split.heldOut();
        if (heldOut.isEmpty()) {
            return indexedModel;
        }
        List<String> intents = model.spec().intents();
        List<NluScores> scores = indexedModel.scoreAll(heldOut.stream().map(LabelledText::text).toList());
        List<OutOfScopeCalibration.Observation> observations = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            NluScores s = scores.get(i);
            String predicted = intents.get(s.topIntent());
            String truth = heldOut.get(i).label();
            observations.add(new OutOfScopeCalibration.Observation(s.intentProbabilities()[s.topIntent()],
                    s.exampleSimilarity(), predicted.equals(oos), predicted.equals(truth), truth.equals(oos)));
        }
        OutOfScopeCalibration.Rule rule = OutOfScopeCalibration.choose(observations);
        Map<String, Double> results = new LinkedHashMap<>(model.spec().heldOut());
        results.put("confidenceThreshold", rule.minConfidence());
        results.put("similarityThreshold", rule.minSimilarity());
        results.put("similarityShare", rule.similarityShare());
        results.put("accuracyWithoutOutOfScopeRule", rule.referenceAccuracy());
        results.put("inScopeAccuracy", rule.inScopeAccuracy());
        if (!Double.isNaN(rule.oosRecall())) {
            results.put("oosRecall", rule.oosRecall());
        }
        return indexedModel.withSpec(unruled.withOutOfScopeRule(
                rule.minConfidence(), rule.minSimilarity(), NEIGHBOURS, results));
    }

    /** All the examples, or at most {@link #MAX_INDEXED} with the same share of each label. */
    static List<LabelledText> sample(List<LabelledText> examples, Random random) {
        if (examples.size() <= MAX_INDEXED) {
            return examples;
        }
        Map<String, List<LabelledText>> byLabel = new TreeMap<>();
        for (LabelledText e : examples) {
            byLabel.computeIfAbsent(e.label(), k -> new ArrayList<>()).add(e);
        }
        double share = (double) MAX_INDEXED / examples.size();
        List<LabelledText> kept = new ArrayList<>();
        for (List<LabelledText> members : byLabel.values()) {
            List<LabelledText> shuffled = new ArrayList<>(members);
            Collections.shuffle(shuffled, random);
            kept.addAll(shuffled.subList(0, Math.max(1, (int) Math.floor(members.size() * share))));
        }
        return kept;
    }
}
