package dev.chatdesk.kb.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * How much of a question an article's own words cover: the share of the question's words,
 * weighted by how rare they are in the knowledge base (BM25's inverse document frequency), that
 * occur in the article. A word the knowledge base never uses (kayak, pancake) weighs the most and
 * is covered by no article. Words are compared after the query analysis (stemming, stop words,
 * synonyms: a word counts as covered when any of its synonyms is). It complements the cosine
 * similarity, which can be high for a question on a neighbouring topic the articles do not cover.
 */
final class LexicalSupport {
    private final Analyzer queryAnalyzer;
    private final String articleIdField;
    private final List<String> fields;

    LexicalSupport(Analyzer queryAnalyzer, String articleIdField, List<String> fields) {
        this.queryAnalyzer = queryAnalyzer;
        this.articleIdField = articleIdField;
        this.fields = List.copyOf(fields);
    }

    /** The covered share in [0, 1]; 0 for a question of stop words only. */
    double of(IndexSearcher searcher, String question, String articleId) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        double total = 0;
        double covered = 0;
        for (Set<String> alternatives : wordPositions(question)) {
            double weight = 0;
            BooleanQuery.Builder inArticle = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(articleIdField, articleId)), BooleanClause.Occur.FILTER);
            for (String word : alternatives) {
                int documentFrequency = 0;
                for (String field : fields) {
                    Term term = new Term(field, word);
                    documentFrequency = Math.max(documentFrequency, reader.docFreq(term));
                    inArticle.add(new TermQuery(term), BooleanClause.Occur.SHOULD);
                }
                weight = Math.max(weight, idf(documentFrequency, reader.numDocs()));
            }
            total += weight;
            if (searcher.count(inArticle.setMinimumNumberShouldMatch(1).build()) > 0) {
                covered += weight;
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    /** BM25's inverse document frequency. */
    private static double idf(int documentFrequency, int documents) {
        return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    /** The analysed question's words, each with the synonyms at its position. */
    private List<Set<String>> wordPositions(String question) throws IOException {
        List<Set<String>> positions = new ArrayList<>();
        try (TokenStream tokens = queryAnalyzer.tokenStream("text", question)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
                    positions.add(new LinkedHashSet<>());
                }
                positions.getLast().add(term.toString());
            }
            tokens.end();
        }
        return positions;
    }
}
