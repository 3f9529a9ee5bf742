package dev.chatdesk.models.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentMacroRecallTest {
    @Test
    void averagesRecallOverTheClassesOfTheTruthOnly() {
        List<String> truth = List.of("negative", "negative", "neutral", "neutral", "neutral", "neutral");
        List<String> predicted = List.of("negative", "negative", "negative", "neutral", "positive", "negative");

        double macroRecall = NluEvaluation.macroRecall(ClassificationReport.of(truth, predicted), truth);

        // negative 2/2, neutral 1/4; "positive" was only predicted, so it does not count
        assertEquals((1.0 + 0.25) / 2, macroRecall, 1e-12);
    }
}
