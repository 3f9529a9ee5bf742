package dev.chatdesk.models.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Takes items from a list shuffled once, a given number at a time, going round: every item is
 * taken once before any is taken twice. An epoch that sees only part of a large set sees the
 * rest in the next epochs.
 *
 * @param <T> the item type
 */
final class Rotation<T> {
    private final List<T> items;
    private int next;

    Rotation(List<T> items, Random random) {
        this.items = new ArrayList<>(items);
        Collections.shuffle(this.items, random);
    }

    /** The next {@code count} items (all of them, once each, when {@code count} is at least their number). */
    List<T> next(int count) {
        if (count >= items.size()) {
            return List.copyOf(items);
        }
        List<T> taken = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            taken.add(items.get(next));
            next = (next + 1) % items.size();
        }
        return taken;
    }

    /** How many items go round. */
    int size() {
        return items.size();
    }
}
