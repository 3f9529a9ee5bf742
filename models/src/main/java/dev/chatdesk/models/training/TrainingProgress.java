package dev.chatdesk.models.training;

/** Hears how training goes; the command line prints it. Called on the training thread. */
public interface TrainingProgress {
    /**
     * One epoch is done.
     *
     * @param epoch the epoch just finished, from 1
     * @param maxEpochs the most epochs this run may take
     * @param meanLoss the mean training loss of the epoch
     * @param heldOutScore the score on the held-out split (accuracy, averaged over the tasks)
     * @param elapsedSeconds seconds since training started
     * @param secondsLeft an estimate of the seconds left if no early stop comes
     * @param residentMegabytes the process's resident memory
     */
    void epochDone(int epoch, int maxEpochs, double meanLoss, double heldOutScore,
            double elapsedSeconds, double secondsLeft, long residentMegabytes);

    /** A line of free-form progress, such as steps within an epoch. */
    void note(String message);

    /** Progress that goes nowhere. */
    static TrainingProgress silent() {
        return new TrainingProgress() {
            @Override
            public void epochDone(int epoch, int maxEpochs, double meanLoss, double heldOutScore,
                    double elapsedSeconds, double secondsLeft, long residentMegabytes) {}

            @Override
            public void note(String message) {}
        };
    }
}
