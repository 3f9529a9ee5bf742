package dev.chatdesk.kb.index;

/**
 * How a knowledge base searches.
 *
 * @param mode how passages are retrieved
 * @param denseWeight in hybrid mode, the dense ranking's weight in the fusion (BM25 has the rest)
 * @param answerThreshold the least cosine similarity between question and best passage for the
 *     bot to answer with it
 * @param synonyms the bot's synonym rules (Solr format), expanded in queries
 * @param maxPassageWords the length sections are cut to
 * @param cacheSize how many recent queries' results are kept (cleared on every change); 0 keeps none
 */
public record KbSettings(SearchMode mode, double denseWeight, double answerThreshold, String synonyms, int maxPassageWords, long cacheSize) {
    /** Checks the values are in range. */
    public KbSettings {
        if (answerThreshold < -1 || answerThreshold > 1) {
            throw new IllegalArgumentException("answerThreshold is a cosine similarity in [-1, 1], was " + answerThreshold);
        }
        if (denseWeight < 0 || denseWeight > 1) {
            throw new IllegalArgumentException("denseWeight must be in [0, 1], was " + denseWeight);
        }
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize must be 0 or more, was " + cacheSize);
        }
        synonyms = synonyms == null ? "" : synonyms;
    }

    /**
     * Hybrid search with the dense ranking weighted 0.7, answering from a cosine of 0.35, no
     * synonyms. Weight and threshold were chosen on the demo shop's calibration questions
     * ({@code demo-kb-calibration.csv}: top-3 0.984, balanced answer/decline accuracy 0.924),
     * never on its test questions.
     */
    public static KbSettings defaults() {
        return new KbSettings(SearchMode.hybrid, 0.7, 0.35, "", PassageSplitter.DEFAULT_MAX_WORDS, 10_000);
    }

    /** These settings with another mode. */
    public KbSettings withMode(SearchMode newMode) {
        return new KbSettings(newMode, denseWeight, answerThreshold, synonyms, maxPassageWords, cacheSize);
    }

    /** These settings with no result cache, so that every search does the full work (for benchmarks). */
    public KbSettings withoutCache() {
        return new KbSettings(mode, denseWeight, answerThreshold, synonyms, maxPassageWords, 0);
    }

    /** These settings with another synonym list. */
    public KbSettings withSynonyms(String newSynonyms) {
        return new KbSettings(mode, denseWeight, answerThreshold, newSynonyms, maxPassageWords, cacheSize);
    }
}
