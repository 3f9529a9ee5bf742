package dev.chatdesk.models.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A stratified split of examples into a training part and a held-out part: each class gives the
 * same share to the held-out part (at least one example when it has three or more).
 *
 * @param train the examples to train on
 * @param heldOut the examples to choose epochs and thresholds on
 * @param <T> the example type
 */
record Split<T>(List<T> train, List<T> heldOut) {

    static <T> Split<T> stratified(List<T> examples, Function<T, String> classOf, double fraction, Random random) {
        Map<String, List<T>> byClass = new LinkedHashMap<>();
        for (T example : examples) {
            byClass.computeIfAbsent(classOf.apply(example), k -> new ArrayList<>()).add(example);
        }
        List<T> train = new ArrayList<>();
        List<T> heldOut = new ArrayList<>();
        for (List<T> members : byClass.values()) {
            Collections.shuffle(members, random);
            int held = members.size() >= 3 ? Math.max(1, (int) Math.round(members.size() * fraction)) : 0;
            heldOut.addAll(members.subList(0, held));
            train.addAll(members.subList(held, members.size()));
        }
        return new Split<>(train, heldOut);
    }
}
