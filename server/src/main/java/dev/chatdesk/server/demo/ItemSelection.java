package dev.chatdesk.server.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the items of an order a customer means by a few words ("the boots", "the 34/32 pants",
 * "everything"): the items whose name, colour and size share the most words with the answer.
 */
final class ItemSelection {
    private static final Pattern EVERYTHING = Pattern.compile(
            "^all$|\\b(everything|whole order|entire order|all of (it|them)|all (the )?items|the lot)\\b");
    private static final Set<String> FILLER = Set.of("the", "my", "an", "and", "or", "of", "for", "to", "it", "them", "this",
            "that", "these", "those", "one", "ones", "pair", "item", "items", "return", "send", "back", "want", "would",
            "like", "please", "just", "only", "from", "order", "size", "colour", "color", "in", "on", "with", "me", "too");
    // Everyday words for products the shop names differently; matched after plurals are dropped.
    private static final Map<String, String> SYNONYMS = Map.of(
            "trouser", "pant", "rucksack", "backpack", "trainer", "shoe", "sneaker", "shoe", "coat", "jacket", "hat", "cap");

    private ItemSelection() {}

    /** Whether the answer asks to return the whole order. */
    static boolean meansEverything(String answer) {
        return EVERYTHING.matcher(answer.toLowerCase(Locale.ROOT).strip()).find();
    }

    /** The items the answer names best; empty when it names none. */
    static List<OrderItem> matching(List<OrderItem> items, String answer) {
        Set<String> wanted = words(answer);
        wanted.removeAll(FILLER);
        List<OrderItem> best = new ArrayList<>();
        long bestScore = 0;
        for (OrderItem item : items) {
            Set<String> described = words(String.join(" ", item.name(), nullToEmpty(item.colour()), nullToEmpty(item.size())));
            long score = wanted.stream().filter(described::contains).count();
            if (score > bestScore) {
                best.clear();
                bestScore = score;
            }
            if (score == bestScore && score > 0) {
                best.add(item);
            }
        }
        return best;
    }

    private static Set<String> words(String text) {
        // a size such as 32/32 stays one word, so it tells the 32/32 pants from the 34/32 ones
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}/]+"))
                .filter(w -> w.length() > 1)
                .map(ItemSelection::singular)
                .map(w -> SYNONYMS.getOrDefault(w, w))
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
