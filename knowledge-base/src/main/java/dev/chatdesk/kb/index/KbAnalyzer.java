package dev.chatdesk.kb.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * English analysis for help articles: standard tokenization, possessives removed, lower case,
 * English stop words, Porter stemming. The query side also expands the bot's synonyms (Solr
 * format: {@code parcel, package, shipment}), which only queries need since a synonym graph at
 * query time matches any of the forms in the index.
 */
public final class KbAnalyzer extends Analyzer {
    private final SynonymMap synonyms;

    private KbAnalyzer(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    /** The analyzer of indexed text. */
    public static KbAnalyzer forIndexing() {
        return new KbAnalyzer(null);
    }

    /**
     * The analyzer of queries, expanding the given synonyms.
     *
     * @param solrSynonyms synonym rules in Solr's format, one per line (may be empty)
     */
    public static KbAnalyzer forQueries(String solrSynonyms) {
        if (solrSynonyms.isBlank()) {
            return new KbAnalyzer(null);
        }
        try (Analyzer plain = lowerCaseWords()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
            parser.parse(new StringReader(solrSynonyms));
            return new KbAnalyzer(parser.build());
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad synonym rule near line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Synonym rules are matched on lower-cased, unstemmed words. */
    private static Analyzer lowerCaseWords() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
