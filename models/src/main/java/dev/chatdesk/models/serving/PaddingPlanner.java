package dev.chatdesk.models.serving;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits a batch of texts of mixed lengths into encoder passes so that little compute goes to
 * padding: texts are sorted by length and cut into contiguous groups minimising the padded
 * tokens plus a fixed cost per pass (dynamic programming; batches are small).
 */
final class PaddingPlanner {
    /** What one extra encoder pass costs, in padded-token equivalents (measured: about 24). */
    static final int PASS_COST_TOKENS = 24;

    private PaddingPlanner() {}

    /**
     * The groups to run, as lists of indices into {@code lengths}, each group sorted by length.
     */
    static List<List<Integer>> plan(int[] lengths) {
        int n = lengths.length;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(lengths[a], lengths[b]));
        // best[j]: least cost of the first j texts in sorted order; cut[j]: where its last group starts.
        long[] best = new long[n + 1];
        int[] cut = new int[n + 1];
        for (int j = 1; j <= n; j++) {
            best[j] = Long.MAX_VALUE;
            int longest = lengths[order.get(j - 1)];
            for (int i = 0; i < j; i++) {
                long cost = best[i] + (long) (j - i) * longest + PASS_COST_TOKENS;
                if (cost < best[j]) {
                    best[j] = cost;
                    cut[j] = i;
                }
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int j = n; j > 0; j = cut[j]) {
            groups.add(order.subList(cut[j], j));
        }
        Collections.reverse(groups);
        return groups;
    }
}
