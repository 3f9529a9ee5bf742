package dev.chatdesk.models.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which epoch a training keeps: the latest within one held-out example of the best score; it
 * stops when the best score has not risen for the patience's number of epochs.
 */
class EpochChoiceTest {
    /** One example of 30 held-out intent examples, beside sentiment and anger. */
    private static final double ONE_OF_THIRTY = 1.0 / 90;

    @Test
    void aLaterEpochWithinOneExampleOfTheBestIsKept() {
        EpochChoice choice = new EpochChoice(ONE_OF_THIRTY, 3);
        assertTrue(choice.keeps(0.874));
        assertTrue(choice.keeps(0.916));
        assertTrue(choice.keeps(0.910), "0.006 under the best is less than one example");
        assertFalse(choice.stop());
    }

    @Test
    void anEpochMoreThanOneExampleBelowTheBestIsNot() {
        EpochChoice choice = new EpochChoice(ONE_OF_THIRTY, 3);
        choice.keeps(0.916);
        assertFalse(choice.keeps(0.900));
        assertEquals(1, choice.epochsWithoutGain());
    }

    @Test
    void theBestSoFarIsTheBarNotTheLastKeptEpoch() {
        EpochChoice choice = new EpochChoice(ONE_OF_THIRTY, 3);
        choice.keeps(0.916);
        assertTrue(choice.keeps(0.907));
        assertFalse(choice.keeps(0.900), "within one example of the kept epoch, but not of the best");
    }

    @Test
    void stopsWhenTheBestScoreHasNotRisenForPatienceEpochs() {
        EpochChoice choice = new EpochChoice(ONE_OF_THIRTY, 2);
        choice.keeps(0.95);
        assertTrue(choice.keeps(0.945));
        assertFalse(choice.stop(), "one epoch without gain");
        choice.keeps(0.96);
        assertFalse(choice.stop(), "a gain starts the count again");
        assertTrue(choice.keeps(0.955), "kept, though it is no gain");
        choice.keeps(0.90);
        assertTrue(choice.stop());
    }

    @Test
    void oneExampleIsOneOfTheSmallestTasksShareOfTheScore() {
        assertEquals(1.0 / (3 * 30), HeldOutScores.oneExample(30, 257), 1e-12);
        assertEquals(1.0 / 1000, HeldOutScores.oneExample(1000, 0), 1e-12);
        assertEquals(1.0 / (2 * 257), HeldOutScores.oneExample(0, 257), 1e-12);
        assertEquals(0, HeldOutScores.oneExample(0, 0));
    }
}
