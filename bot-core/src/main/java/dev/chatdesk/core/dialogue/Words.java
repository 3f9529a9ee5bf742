package dev.chatdesk.core.dialogue;

/**
 * Words in English and Chinese text: Chinese is written without spaces, so a phrase is found inside
 * a run of Chinese characters, and two characters count as about one word.
 */
final class Words {
    private Words() {}

    /** About how many words a text has: its runs of Latin letters or digits, and half its Chinese characters. */
    static int count(String text) {
        int words = 0;
        int han = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                inWord = false;
            } else {
                boolean letter = Character.isLetterOrDigit(c) || c == '\'';
                if (letter && !inWord) {
                    words++;
                }
                inWord = letter;
            }
        }
        return words + (han + 1) / 2;
    }

    /**
     * Whether a text holds a phrase as whole words: a phrase that starts or ends with a Latin letter
     * or digit must not continue a word there ("no" is not in "know"); Chinese needs no boundary.
     */
    static boolean containsPhrase(String text, String phrase) {
        return find(text, phrase, true);
    }

    /** Whether a text holds a phrase at the start of a word ("boot" in "boots", not in "reboot"). */
    static boolean containsWordStart(String text, String phrase) {
        return find(text, phrase, false);
    }

    private static boolean find(String text, String phrase, boolean wholeWords) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean startsClean = at == 0 || !isWordChar(phrase.codePointAt(0)) || !isWordChar(text.codePointBefore(at));
            boolean endsClean = !wholeWords || end == text.length() || !isWordChar(phrase.codePointBefore(phrase.length()))
                    || !isWordChar(text.codePointAt(end));
            if (startsClean && endsClean) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }
}
