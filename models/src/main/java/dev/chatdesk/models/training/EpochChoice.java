package dev.chatdesk.models.training;

/**
 * Chooses, epoch by epoch, which epoch's weights a training keeps and when it stops: the latest
 * epoch whose held-out score is within one held-out example of the best score so far is kept;
 * training stops when {@code patience} epochs in a row fall further below it.
 *
 * <p>A difference of less than one held-out example is noise (on a small bot's split of 30
 * intent examples, one example is 0.011 of the score), and between such epochs the later one
 * has had more steps at a lower learning rate. The bike workshop bot kept its third epoch of
 * twelve when the best score alone decided; that model read "any good lunch spots near the
 * workshop while I wait?" and "can you pick up my bike from my flat?" as requests to book a
 * service (0.64, 0.71), which later epochs read as unsure.
 */
final class EpochChoice {
    private final double noise;
    private final int patience;
    private double bestScore = Double.NEGATIVE_INFINITY;
    private int epochsBelow;

    /** A choice for held-out scores that one example changes by {@code noise}. */
    EpochChoice(double noise, int patience) {
        this.noise = noise;
        this.patience = patience;
    }

    /** Hears the next epoch's held-out score; whether that epoch is kept, in place of any kept before. */
    boolean keeps(double score) {
        bestScore = Math.max(bestScore, score);
        boolean kept = score >= bestScore - noise;
        epochsBelow = kept ? 0 : epochsBelow + 1;
        return kept;
    }

    /** Whether the last {@code patience} epochs were all too far below the best to keep. */
    boolean stop() {
        return epochsBelow >= patience;
    }

    /** How many epochs in a row were not kept. */
    int epochsBelow() {
        return epochsBelow;
    }
}
