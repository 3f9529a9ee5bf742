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
        if (text == null) {
            return Language.EN;
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
        return han > 0 && han >= latinWords ? Language.ZH : Language.EN;
    }
}
