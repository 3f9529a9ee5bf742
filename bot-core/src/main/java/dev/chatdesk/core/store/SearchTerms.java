package dev.chatdesk.core.store;

import dev.chatdesk.core.conversation.Role;
import java.text.Normalizer;
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

    /** The distinct terms of a text, in order of appearance; none for null. */
    public static List<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        String normalised = withoutLatinAccents(text).toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        int previousIdeograph = -1;
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            if (isIdeographic(cp)) {
                addWord(terms, word);
                terms.add(Character.toString(cp));
                if (previousIdeograph >= 0) {
                    terms.add(Character.toString(previousIdeograph) + Character.toString(cp));
                }
                previousIdeograph = cp;
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
                previousIdeograph = -1;
            } else {
                addWord(terms, word);
                previousIdeograph = -1;
            }
        }
        addWord(terms, word);
        return List.copyOf(terms);
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

    private static void addWord(Set<String> terms, StringBuilder word) {
        if (!word.isEmpty()) {
            terms.add(word.length() > MAX_TERM_LENGTH ? word.substring(0, MAX_TERM_LENGTH) : word.toString());
            word.setLength(0);
        }
    }

    private static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
