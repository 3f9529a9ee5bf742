package dev.chatdesk.core.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairwiseAgreementTest {
    private static final List<String> LABELS = List.of("a", "a", "a", "b", "b");

    @Test
    void countsPairsPutTogetherRightlyAgainstThosePutTogetherAndThoseThatBelongTogether() {
        // together: (0,1) right, (2,3) wrong, (2,4) wrong, (3,4) right; belonging together: 3 of a, 1 of b
        PairwiseAgreement agreement = PairwiseAgreement.of(LABELS, List.of(List.of(0, 1), List.of(2, 3, 4)));

        assertEquals(0.5, agreement.precision(), 1e-9);
        assertEquals(0.5, agreement.recall(), 1e-9);
        assertEquals(0.5, agreement.f1(), 1e-9);
        assertEquals(2, agreement.groups());
    }

    @Test
    void theKnownGroupsAgreeFullyAndSingletonsMissEveryPair() {
        assertEquals(1.0, PairwiseAgreement.of(LABELS, List.of(List.of(0, 1, 2), List.of(3, 4))).f1(), 1e-9);
        PairwiseAgreement alone = PairwiseAgreement.of(LABELS, List.of(List.of(0), List.of(1), List.of(2), List.of(3), List.of(4)));
        assertEquals(0.0, alone.recall(), 1e-9);
        assertEquals(0.0, alone.f1(), 1e-9);
    }
}
