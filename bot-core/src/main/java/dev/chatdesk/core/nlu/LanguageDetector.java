package dev.chatdesk.core.nlu;

/**
 * The language of a message from its script: Chinese when it has Chinese characters and they are at
 * least as many as its words in Latin letters ("我的order NW-482913 还没到" is Chinese), else English.
 * Digits, punctuation and emoji do not count.
 */
public final class LanguageDetector {
    private LanguageDetector() {}

    /** The message's language; English for a text with no letters at all. */
    public static Language detect(String text) {
        return detect(text, Language.EN);
    }

    /**
     * The language of a message in a conversation that was in {@code previous}: a message with no
     * Chinese characters and at most two words in Latin letters ("ok", "NW-482913", "yes pls")
     * says too little to change it.
     */
    public static Language detect(String text, Language previous) {
        if (text == null) {
            return previous == null ? Language.EN : previous;
        }
        int han = 0;
        int latinWords = 0;
        boolean inLatinWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            boolean latin = script == Character.UnicodeScript.LATIN && Character.isLetter(c);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            }
            if (latin && !inLatinWord) {
                latinWords++;
            }
            inLatinWord = latin;
        }
        if (han > 0) {
            return han >= latinWords ? Language.ZH : Language.EN;
        }
        return latinWords > 2 || previous == null ? Language.EN : previous;
    }
}
