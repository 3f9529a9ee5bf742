package dev.chatdesk.models.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How many epochs a full training takes: about a thousand steps, at least six epochs, never more than asked. */
class EpochScheduleTest {
    @Test
    void aLargeDataSetTakesSixEpochs() {
        assertEquals(6, TrainingRun.epochs(282, 12)); // BANKING77: 282 steps an epoch
    }

    @Test
    void aSmallBotTakesTheMostEpochsAllowed() {
        assertEquals(12, TrainingRun.epochs(48, 12)); // the demo bot in English
    }

    @Test
    void inBetweenItTakesEnoughEpochsForAThousandSteps() {
        assertEquals(10, TrainingRun.epochs(100, 12));
    }

    @Test
    void neverMoreThanAsked() {
        assertEquals(5, TrainingRun.epochs(48, 5));
    }
}
