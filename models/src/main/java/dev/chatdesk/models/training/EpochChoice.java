package dev.chatdesk.models.training;

/**
 * Chooses, epoch by epoch, which epoch's weights a training keeps and when it stops: the latest
 * epoch whose held-out score is within one held-out example of the best score so far is kept;
 * training stops when the best score has not risen for {@code patience} epochs.
 *
 * <p>A difference of less than one held-out example is noise (on a small bot's split of 30
 * intent examples, one example is 0.011 of the score), and between such epochs the later one
 * has had more steps at a lower learning rate. The bike workshop bot kept its third epoch of
 * twelve when the best score alone decided; that model read "any good lunch spots near the
 * workshop while I wait?" and "can you pick up my bike from my flat?" as requests to book a
 * service (0.64, 0.71). It now keeps its sixth, which reads them as unsure (0.39, 0.40).
 */
final class EpochChoice {
    private final double noise;
    private final int patience;
    private double bestScore = Double.NEGATIVE_INFINITY;
    private int epochsWithoutGain;

    /** A choice for held-out scores that one example changes by {@code noise}. */
    EpochChoice(double noise, int patience) {
        this.noise = noise;
        this.patience = patience;
    }

    /** Hears the next epoch's held-out score; whether that epoch is kept, in place of any kept before. */
    boolean keeps(double score) {
        if (score > bestScore) {
            bestScore = score;
            epochsWithoutGain = 0;
        } else {
            epochsWithoutGain++;
        }
        return score >= bestScore - noise;
    }

    /** Whether the best score has not risen for {@code patience} epochs. */
    boolean stop() {
        return epochsWithoutGain >= patience;
    }

    /** How many epochs in a row did not raise the best score. */
    int epochsWithoutGain() {
        return epochsWithoutGain;
    }
}
