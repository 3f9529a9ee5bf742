package dev.chatdesk.server.cli;

import dev.chatdesk.models.training.TrainingProgress;
import java.io.PrintWriter;

/** Prints training progress to standard error, so standard output keeps only results. */
final class ConsoleProgress implements TrainingProgress {
    private final PrintWriter out;

    ConsoleProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void epochDone(int epoch, int maxEpochs, double meanLoss, double heldOutScore,
            double elapsedSeconds, double secondsLeft, long residentMegabytes) {
        out.printf("epoch %d/%d  loss %.4f  held-out accuracy %.4f  elapsed %s  left at most %s  memory %d MB%n",
                epoch, maxEpochs, meanLoss, heldOutScore, duration(elapsedSeconds), duration(secondsLeft),
                residentMegabytes);
        out.flush();
    }

    @Override
    public void note(String message) {
        out.println(message);
        out.flush();
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
