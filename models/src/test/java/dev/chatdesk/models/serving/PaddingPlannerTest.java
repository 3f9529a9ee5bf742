package dev.chatdesk.models.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaddingPlannerTest {

    @Test
    void similarLengthsStayInOnePass() {
        assertEquals(List.of(List.of(1, 2, 0)), PaddingPlanner.plan(new int[] {12, 10, 11}));
    }

    @Test
    void aFewLongTextsGetTheirOwnPassInsteadOfPaddingEveryShortOne() {
        int[] lengths = new int[17];
        java.util.Arrays.fill(lengths, 8);
        lengths[16] = 120;
        List<List<Integer>> plan = PaddingPlanner.plan(lengths);
        assertEquals(2, plan.size());
        assertEquals(List.of(16), plan.get(1));
    }

    @Test
    void everyTextIsPlannedExactlyOnce() {
        int[] lengths = {5, 40, 7, 33, 9, 60, 12, 6};
        long planned = PaddingPlanner.plan(lengths).stream().flatMap(List::stream).distinct().count();
        assertEquals(lengths.length, planned);
    }
}
