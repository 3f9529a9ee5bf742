package dev.chatdesk.models.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.models.training.ConfidenceCalibration.Observation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceCalibrationTest {

    @Test
    void withOutOfScopeExamplesTheThresholdSeparatesConfidentInScopeFromUnsureOutOfScope() {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            observations.add(new Observation(0.70 + i * 0.003, false, true, false));
        }
        for (int i = 0; i < 10; i++) {
            observations.add(new Observation(0.30 + i * 0.02, false, false, true));
        }
        double threshold = ConfidenceCalibration.threshold(observations, true);
        assertTrue(threshold > 0.48 && threshold <= 0.70, "threshold " + threshold);
    }

    @Test
    void withoutOutOfScopeExamplesNineteenOfTwentyCorrectAnswersStayAboveTheThreshold() {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            observations.add(new Observation(i / 100.0, false, true, false));
        }
        assertEquals(0.05, ConfidenceCalibration.threshold(observations, false), 1e-9);
    }
}
