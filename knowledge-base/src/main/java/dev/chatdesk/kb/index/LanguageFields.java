package dev.chatdesk.kb.index;

import dev.chatdesk.core.nlu.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The indexed fields of one language's passages and how they are analysed. Each language has its
 * own searchable fields ({@code text_en}, {@code text_zh}, ...) and its own vector field, since
 * English and Chinese words are analysed differently and the two encoders' vectors differ in
 * length and meaning: English with {@link KbAnalyzer} (stemming, stop words, the bot's synonyms
 * in queries), Chinese with Lucene's {@link SmartChineseAnalyzer} (words segmented by its hidden
 * Markov model, English words in Chinese text stemmed).
 *
 * @param title the title's field
 * @param tags the tags' field
 * @param heading the section heading's field
 * @param text the passage text's field
 * @param vector the passage vector's field
 */
record LanguageFields(String title, String tags, String heading, String text, String vector) {
    /** The fields of a language's passages. */
    static LanguageFields of(Language language) {
        String suffix = "_" + language.code();
        return new LanguageFields("title" + suffix, "tags" + suffix, "heading" + suffix, "text" + suffix, "vector" + suffix);
    }

    /** The searchable text fields, in the order of {@link #boosts}. */
    List<String> textFields() {
        return List.of(title, tags, heading, text);
    }

    /** How much a match counts in each text field: the title and tags say what the article is about. */
    Map<String, Float> boosts() {
        return Map.of(title, 2.0f, tags, 2.0f, heading, 1.5f, text, 1.0f);
    }

    /** The analyzer of indexed text: each language's fields with their language's analysis. */
    static Analyzer forIndexing() {
        Map<String, Analyzer> chinese = new HashMap<>();
        Analyzer smartChinese = new SmartChineseAnalyzer();
        of(Language.ZH).textFields().forEach(field -> chinese.put(field, smartChinese));
        return new PerFieldAnalyzerWrapper(KbAnalyzer.forIndexing(), chinese);
    }

    /** The analyzer of a language's questions; English expands the bot's synonyms (Solr format). */
    static Analyzer forQueries(Language language, String solrSynonyms) {
        return switch (language) {
            case EN -> KbAnalyzer.forQueries(solrSynonyms);
            case ZH -> new SmartChineseAnalyzer();
        };
    }
}
