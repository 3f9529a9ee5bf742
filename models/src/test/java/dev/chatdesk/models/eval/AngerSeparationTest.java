package dev.chatdesk.models.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatdesk.models.nlu.NluScores;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AngerSeparationTest {
    private static NluScores anger(double anger) {
        return new NluScores(null, new float[] {1, 0, 0}, (float) anger, Float.NaN);
    }

    @Test
    void countsAngryMessagesTheBotWouldHandOverAtItsEscalationThreshold() {
        List<NluScores> scores = List.of(anger(0.9), anger(0.6), anger(0.75), anger(0.2), anger(0.55), anger(0.1));
        List<String> sentiment = List.of("negative", "negative", "negative", "negative", "negative", "negative");
        List<Integer> levels = List.of(2, 2, 2, 0, 0, 0);

        Map<String, Object> result = AngerSeparation.of(scores, sentiment, levels).toMap();

        assertEquals(1.0, (double) result.get("angryRecallAt0.5"), 1e-12);
        assertEquals(2 / 3.0, (double) result.get("angryRecallAt0.7"), 1e-12);
        assertEquals(1 / 3.0, (double) result.get("calmNegativeFalseAlarmsAt0.5"), 1e-12);
        assertEquals(0.0, (double) result.get("calmNegativeFalseAlarmsAt0.7"), 1e-12);
    }

    @Test
    void calmMessagesThatAreNotNegativeAreNoFalseAlarms() {
        List<NluScores> scores = List.of(anger(0.9), anger(0.8), anger(0.1));
        List<String> sentiment = List.of("negative", "positive", "negative");
        List<Integer> levels = List.of(2, 0, 0);

        Map<String, Object> result = AngerSeparation.of(scores, sentiment, levels).toMap();

        assertEquals(0.0, (double) result.get("calmNegativeFalseAlarmsAt0.7"), 1e-12);
        assertEquals(1.0, (double) result.get("aucAngryVsCalmNegative"), 1e-12);
    }
}
