package dev.chatdesk.models.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.models.training.OutOfScopeCalibration.Observation;
import dev.chatdesk.models.training.OutOfScopeCalibration.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutOfScopeCalibrationTest {

    /** 200 correctly answered in-scope messages, confidence and similarity spread over (0.6, 1). */
    private static List<Observation> answered() {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            observations.add(new Observation(0.6 + i * 0.002, 0.6 + ((i * 37) % 200) * 0.002, false, true, false));
        }
        return observations;
    }

    @Test
    void confidentOutOfScopeMessagesFarFromEveryExampleAreFoundBySimilarity() {
        List<Observation> observations = answered();
        for (int i = 0; i < 20; i++) {
            observations.add(new Observation(0.9, 0.30 + i * 0.01, false, false, true));
        }
        Rule rule = OutOfScopeCalibration.choose(observations);
        assertEquals(1.0, rule.oosRecall(), 1e-9);
        assertTrue(rule.minSimilarity() > 0.5, "similarity threshold " + rule.minSimilarity());
    }

    @Test
    void theRuleCostsAtMostOnePointOfInScopeAccuracy() {
        List<Observation> observations = answered();
        for (int i = 0; i < 20; i++) {
            // Out of scope but as confident and as similar as the in-scope messages: no rule finds them all.
            observations.add(new Observation(0.6 + i * 0.02, 0.6 + i * 0.02, false, false, true));
        }
        Rule rule = OutOfScopeCalibration.choose(observations);
        assertEquals(1.0, rule.referenceAccuracy(), 1e-9);
        assertTrue(rule.inScopeAccuracy() >= 0.99, "in-scope accuracy " + rule.inScopeAccuracy());
        assertTrue(rule.inScopeAccuracy() < 1.0, "the budget is spent: " + rule.inScopeAccuracy());
    }

    @Test
    void messagesTheModelGetsWrongDoNotCountAgainstTheBudget() {
        List<Observation> observations = answered();
        for (int i = 0; i < 100; i++) {
            observations.add(new Observation(0.2, 0.2, false, false, false));
        }
        observations.add(new Observation(0.1, 0.1, false, false, true));
        Rule rule = OutOfScopeCalibration.choose(observations);
        assertEquals(200.0 / 300, rule.referenceAccuracy(), 1e-9);
        assertEquals(197.0 / 300, rule.inScopeAccuracy(), 1e-9);
    }

    @Test
    void withoutOutOfScopeExamplesBothThresholdsShareTwoPercentOfCorrectAnswers() {
        Rule rule = OutOfScopeCalibration.choose(answered());
        assertEquals(0.98, rule.inScopeAccuracy(), 1e-9);
        assertEquals(0.5, rule.similarityShare(), 1e-9);
        assertTrue(rule.minConfidence() > 0.6 && rule.minSimilarity() > 0.6,
                "thresholds " + rule.minConfidence() + ", " + rule.minSimilarity());
        assertTrue(Double.isNaN(rule.oosRecall()));
    }
}
