package dev.chatdesk.models.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {
    private static final List<String> TRUTH = List.of("a", "a", "a", "b", "b", "oos");
    private static final List<String> PREDICTED = List.of("a", "a", "b", "b", "oos", "oos");

    @Test
    void computesAccuracyMacroF1AndPerLabelScores() {
        ClassificationReport report = ClassificationReport.of(TRUTH, PREDICTED);
        assertEquals(6, report.n());
        assertEquals(4 / 6.0, report.accuracy(), 1e-12);
        assertEquals(new LabelScores(1.0, 2 / 3.0, 0.8, 3), report.perLabel().get("a"));
        assertEquals(0.5, report.perLabel().get("b").precision(), 1e-12);
        assertEquals((0.8 + 0.5 + 2 / 3.0) / 3, report.macroF1(), 1e-12);
    }

    @Test
    void reportsInScopeAccuracyAndOutOfScopeRecallApart() {
        assertEquals(3 / 5.0, ClassificationReport.inScopeAccuracy(TRUTH, PREDICTED, "oos"), 1e-12);
        assertEquals(1.0, ClassificationReport.oosRecall(TRUTH, PREDICTED, "oos"), 1e-12);
    }
}
