package dev.chatdesk.core.store;

import dev.chatdesk.core.conversation.Role;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a text is found by in a conversation search: Unicode-normalised (NFKC), lower-cased
 * runs of letters and digits, Latin letters without their accents (Inés is found as ines); Chinese, Japanese and Korean text, written without spaces, as each
 * character and each pair of neighbouring characters. A query's terms are made the same way, so
 * "ORDER #NW-10234" finds "order nw 10234" and 退款 finds 我要退款.
 */
public final class SearchTerms {
    /** Longer runs are cut: nobody searches for them, and they would bloat the index. */
    private static final int MAX_TERM_LENGTH = 40;

    private static final Set<Role> SEARCHED = EnumSet.of(Role.CUSTOMER, Role.AGENT, Role.NOTE);

    private SearchTerms() {}

    /** Whether messages of this role are searched: the bot's and the system's are the same for everyone. */
    public static boolean searches(Role role) {
        return SEARCHED.contains(role);
    }

    /**
     * The distinct terms a text is indexed under, in order of appearance (none for null): its
     * words, and for a word joined by punctuation (an order number NW-10234, an e-mail address)
     * also the whole of it without the punctuation, so that it is found at once.
     */
    public static List<String> of(String text) {
        return terms(text, false);
    }

    /**
     * The terms a query looks for: as {@link #of}, but a word joined by punctuation is looked for
     * whole only (nw10234, not nw and 10234: a part common to every order number would match all).
     */
    public static List<String> query(String text) {
        return terms(text, true);
    }

    private static List<String> terms(String text, boolean query) {
        if (text == null) {
            return List.of();
        }
        Set<String> terms = new LinkedHashSet<>();
        for (String chunk : withoutLatinAccents(text).toLowerCase(Locale.ROOT).split("\\s+")) {
            addChunk(chunk, query, terms);
        }
        return List.copyOf(terms);
    }

    /**
     * Adds the terms of a chunk without spaces: its Chinese, Japanese and Korean characters and
     * pairs of them, and its runs of letters and digits; runs joined by punctuation alone form a
     * word of their own, added whole (and, unless for a query, in parts).
     */
    private static void addChunk(String chunk, boolean query, Set<String> terms) {
        List<String> joined = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int previousIdeograph = -1;
        for (int i = 0; i < chunk.length(); ) {
            int cp = chunk.codePointAt(i);
            i += Character.charCount(cp);
            if (isIdeographic(cp)) {
                endWord(joined, word);
                addJoined(joined, query, terms);
                terms.add(Character.toString(cp));
                if (previousIdeograph >= 0) {
                    terms.add(Character.toString(previousIdeograph) + Character.toString(cp));
                }
                previousIdeograph = cp;
            } else {
                if (Character.isLetterOrDigit(cp)) {
                    word.appendCodePoint(cp);
                } else {
                    endWord(joined, word);
                }
                previousIdeograph = -1;
            }
        }
        endWord(joined, word);
        addJoined(joined, query, terms);
    }

    private static void addJoined(List<String> words, boolean query, Set<String> terms) {
        if (words.size() > 1) {
            if (!query) {
                terms.addAll(words);
            }
            terms.add(cut(String.join("", words)));
        } else {
            terms.addAll(words);
        }
        words.clear();
    }

    /** The text in compatibility form with the accents of Latin letters dropped, other scripts' marks kept. */
    private static String withoutLatinAccents(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        Character.UnicodeScript base = Character.UnicodeScript.COMMON;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                if (base != Character.UnicodeScript.LATIN) {
                    kept.appendCodePoint(cp);
                }
            } else {
                base = Character.UnicodeScript.of(cp);
                kept.appendCodePoint(cp);
            }
        }
        return Normalizer.normalize(kept, Normalizer.Form.NFKC);
    }

    private static void endWord(List<String> words, StringBuilder word) {
        if (!word.isEmpty()) {
            words.add(cut(word.toString()));
            word.setLength(0);
        }
    }

    private static String cut(String term) {
        return term.length() > MAX_TERM_LENGTH ? term.substring(0, MAX_TERM_LENGTH) : term;
    }

    private static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
