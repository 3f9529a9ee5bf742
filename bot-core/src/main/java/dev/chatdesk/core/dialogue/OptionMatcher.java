package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.SlotOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the option of a choice slot a customer means: by its title, value or a synonym ("too
 * small", "everything"), or, among options fetched from an API, by the words it shares with the
 * option's title ("the boots" for "Summit GTX Hiking Boots").
 */
final class OptionMatcher {
    /** Words that say nothing about which option is meant. */
    private static final Set<String> FILLER = Set.of("the", "a", "an", "my", "your", "our", "and", "or", "of", "for", "to",
            "it", "its", "them", "this", "that", "these", "those", "one", "ones", "pair", "i", "i'm", "me", "we", "you",
            "want", "would", "like", "please", "just", "only", "from", "order", "in", "on", "with", "is", "are", "was",
            "be", "can", "could", "back", "send", "return", "item", "thing", "need", "new", "got", "have", "has", "but",
            "not", "no", "yes", "which", "what", "how", "do", "does", "did", "so", "too", "very", "at", "by", "all");

    private OptionMatcher() {}

    /**
     * The option the text names outright: its whole title, value or a synonym, or a message
     * containing its title or a synonym (a value such as "other" is too common a word to count
     * inside a longer message).
     */
    static Optional<SlotOption> named(List<SlotOption> options, String text) {
        String said = YesNo.normalise(text);
        for (SlotOption option : options) {
            if (names(option, true).anyMatch(said::equals)) {
                return Optional.of(option);
            }
        }
        SlotOption best = null;
        int bestLength = 0;
        for (SlotOption option : options) {
            for (String name : names(option, false).toList()) {
                if (name.length() > bestLength && Words.containsPhrase(said, name)) {
                    best = option;
                    bestLength = name.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The one option whose title shares the most words with the text; empty when none or several tie. */
    static Optional<SlotOption> described(List<SlotOption> options, String text) {
        Set<String> wanted = words(text);
        SlotOption best = null;
        long bestScore = 0;
        boolean tie = false;
        for (SlotOption option : options) {
            Set<String> title = words(option.title());
            long score = wanted.stream().filter(title::contains).count();
            if (score > bestScore) {
                best = option;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    private static Stream<String> names(SlotOption option, boolean withValue) {
        List<String> names = new ArrayList<>(option.synonyms());
        names.add(option.title());
        if (withValue) {
            names.add(option.value());
        }
        return names.stream().map(YesNo::normalise).filter(n -> !n.isEmpty());
    }

    private static Set<String> words(String text) {
        return Arrays.stream(YesNo.normalise(text).split(" "))
                .filter(w -> !FILLER.contains(w) && !isReferenceNumber(w) && (w.length() > 1 || (w.length() == 1 && Character.isDigit(w.charAt(0)))))
                .map(OptionMatcher::singular)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A long number, such as an order number, says nothing about an item; a short one may be its size. */
    private static boolean isReferenceNumber(String word) {
        return word.length() >= 5 && word.chars().allMatch(Character::isDigit);
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }
}
