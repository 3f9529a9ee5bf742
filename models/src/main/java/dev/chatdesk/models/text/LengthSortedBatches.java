package dev.chatdesk.models.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs a batch function over many tokenized texts in batches of similar length (little padding)
 * and returns the results in the texts' original order.
 */
public final class LengthSortedBatches {
    private LengthSortedBatches() {}

    /**
     * Applies {@code perBatch} to batches of at most {@code batchSize} texts sorted by length.
     *
     * @param perBatch returns one result per row of the batch it is given
     */
    public static <T> List<T> map(List<long[]> ids, int batchSize, Function<TokenBatch, List<T>> perBatch) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, ids.size()).boxed().toList());
        order.sort(Comparator.comparingInt(i -> ids.get(i).length));
        List<T> results = new ArrayList<>(Collections.nCopies(ids.size(), null));
        for (int from = 0; from < order.size(); from += batchSize) {
            List<Integer> slice = order.subList(from, Math.min(order.size(), from + batchSize));
            List<T> batch = perBatch.apply(TokenBatch.padded(slice.stream().map(ids::get).toList()));
            for (int i = 0; i < slice.size(); i++) {
                results.set(slice.get(i), batch.get(i));
            }
        }
        return results;
    }
}
