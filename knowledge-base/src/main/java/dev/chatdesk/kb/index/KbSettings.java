package dev.chatdesk.kb.index;

import dev.chatdesk.core.nlu.Language;
import java.util.Map;

/**
 * How a knowledge base searches.
 *
 * @param mode how passages are retrieved
 * @param denseWeight in hybrid mode, the dense ranking's weight in the fusion (BM25 has the rest)
 * @param answerThresholds per language, the least confidence for the bot to answer: the best
 *     cosine similarity between the question and the first article's passages, plus
 *     {@code lexicalWeight} times the article's lexical support (the rarity-weighted share of the
 *     question's words it contains). Each language has its own encoder, so its own scale.
 * @param lexicalWeight how much the lexical support adds to the cosine similarity
 * @param synonyms the bot's synonym rules (Solr format), expanded in queries
 * @param maxPassageWords the length sections are cut to
 * @param cacheSize how many recent queries' results are kept (cleared on every change); 0 keeps none
 */
public record KbSettings(SearchMode mode, double denseWeight, Map<Language, Double> answerThresholds, double lexicalWeight,
        String synonyms, int maxPassageWords, long cacheSize) {
    /** Checks the values are in range. */
    public KbSettings {
        if (lexicalWeight < 0 || lexicalWeight > 1) {
            throw new IllegalArgumentException("lexicalWeight must be in [0, 1], was " + lexicalWeight);
        }
        for (Language language : Language.values()) {
            Double threshold = answerThresholds.get(language);
            if (threshold == null || threshold < -1 || threshold > 1 + lexicalWeight) {
                throw new IllegalArgumentException("the " + language.code() + " answer threshold must be in [-1, 1 + lexicalWeight], was "
                        + threshold);
            }
        }
        answerThresholds = Map.copyOf(answerThresholds);
        if (denseWeight < 0 || denseWeight > 1) {
            throw new IllegalArgumentException("denseWeight must be in [0, 1], was " + denseWeight);
        }
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize must be 0 or more, was " + cacheSize);
        }
        synonyms = synonyms == null ? "" : synonyms;
    }

    /**
     * Hybrid search with the dense ranking weighted 0.7; the bot answers an English question from
     * a confidence of 0.495 (a Chinese one from 0.595) with the lexical support weighted 0.1; no
     * synonyms. The answer decision was chosen on
     * the demo shop's calibration questions ({@code demo-kb-calibration.csv}, 126 covered and 48
     * not covered), never on its test questions: weight 0.1 gave the best cross-validated balanced
     * accuracy (0.930, against 0.916 for the cosine alone), and 0.495 is the middle of the
     * thresholds with the best balanced accuracy, 0.942 (answering 0.905 of covered questions,
     * declining 0.979 of the others). There the right article is first for 0.873 and in the top 3
     * for 0.992. Chinese questions (embedded by bge-small-zh) score higher against unrelated
     * articles: 0.595 is the middle of the best thresholds on the Chinese calibration questions
     * ({@code demo-kb-calibration-zh.csv}, 124 covered and 45 not), balanced accuracy 0.896
     * (answering 0.815, declining 0.978), where 0.495 declined only 0.578.
     */
    public static KbSettings defaults() {
        return new KbSettings(SearchMode.hybrid, 0.7, Map.of(Language.EN, 0.495, Language.ZH, 0.595), 0.1, "",
                PassageSplitter.DEFAULT_MAX_WORDS, 10_000);
    }

    /** The least confidence for the bot to answer a question in the language. */
    public double answerThreshold(Language language) {
        return answerThresholds.get(language);
    }

    /** These settings with another mode. */
    public KbSettings withMode(SearchMode newMode) {
        return new KbSettings(newMode, denseWeight, answerThresholds, lexicalWeight, synonyms, maxPassageWords, cacheSize);
    }

    /** These settings with no result cache, so that every search does the full work (for benchmarks). */
    public KbSettings withoutCache() {
        return new KbSettings(mode, denseWeight, answerThresholds, lexicalWeight, synonyms, maxPassageWords, 0);
    }

    /** These settings with another synonym list. */
    public KbSettings withSynonyms(String newSynonyms) {
        return new KbSettings(mode, denseWeight, answerThresholds, lexicalWeight, newSynonyms, maxPassageWords, cacheSize);
    }
}
