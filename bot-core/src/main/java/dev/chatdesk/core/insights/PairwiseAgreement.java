package dev.chatdesk.core.insights;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a clustering agrees with known groups, counted over pairs of items: precision is the
 * share of pairs put together that belong together, recall the share of pairs that belong together
 * that were put together.
 *
 * @param precision pairs rightly together over pairs together
 * @param recall pairs rightly together over pairs that belong together
 * @param f1 the harmonic mean of the two
 * @param fHalf F0.5: the weighted harmonic mean that counts precision twice as much as recall
 * @param groups how many groups the clustering made
 */
public record PairwiseAgreement(double precision, double recall, double f1, double fHalf, int groups) {
    /** The agreement of {@code clusters} (indexes into {@code labels}) with the groups {@code labels} name. */
    public static PairwiseAgreement of(List<String> labels, List<List<Integer>> clusters) {
        long together = 0;
        long rightlyTogether = 0;
        for (List<Integer> cluster : clusters) {
            together += pairs(cluster.size());
            Map<String, Integer> byLabel = new HashMap<>();
            cluster.forEach(item -> byLabel.merge(labels.get(item), 1, Integer::sum));
            rightlyTogether += byLabel.values().stream().mapToLong(PairwiseAgreement::pairs).sum();
        }
        Map<String, Integer> sizes = new HashMap<>();
        labels.forEach(label -> sizes.merge(label, 1, Integer::sum));
        long belongTogether = sizes.values().stream().mapToLong(PairwiseAgreement::pairs).sum();
        double precision = together == 0 ? 1 : (double) rightlyTogether / together;
        double recall = belongTogether == 0 ? 1 : (double) rightlyTogether / belongTogether;
        return new PairwiseAgreement(precision, recall, f(1, precision, recall), f(0.5, precision, recall), clusters.size());
    }

    private static double f(double beta, double precision, double recall) {
        double weight = beta * beta;
        return precision + recall == 0 ? 0 : (1 + weight) * precision * recall / (weight * precision + recall);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
