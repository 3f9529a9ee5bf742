package dev.chatdesk.kb.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.kb.KbResults;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.kb.articles.ArticleFiles;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.encoder.SentenceEmbedder;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The demo shop's knowledge base answers customers' questions, written as customers write them
 * and apart from the articles, in English and in Chinese, from the right article in the question's
 * language, and says it does not know when the shop's articles do not cover a question. (The
 * fusion weight and the answer decisions were chosen on separate calibration sets,
 * {@code demo-kb-calibration.csv} and {@code demo-kb-calibration-zh.csv}, never on these questions.)
 */
class DemoKnowledgeBaseQualityTest {
    private record Question(String text, String articleId) {}

    private static SentenceEmbedder english;
    private static Embedders embedders;
    private static LuceneKnowledgeBase kb;

    @BeforeAll
    static void index() throws Exception {
        english = new SentenceEmbedder(PretrainedEncoder.defaultEncoder());
        embedders = Embedders.of(english)
                .with(Language.ZH, () -> new SentenceEmbedder(PretrainedEncoder.defaultEncoder(Language.ZH)));
        String synonyms = Files.readString(LuceneKnowledgeBaseTest.DEMO_ARTICLES.resolveSibling("synonyms.txt"));
        kb = LuceneKnowledgeBase.inMemory(embedders, KbSettings.defaults().withSynonyms(synonyms));
        kb.replaceAll(ArticleFiles.read(LuceneKnowledgeBaseTest.DEMO_ARTICLES));
    }

    @AfterAll
    static void close() {
        kb.close();
        embedders.close();
        english.close();
    }

    /** The test questions in a language. */
    private static List<Question> questions(Language language) throws Exception {
        return questions(language == Language.EN ? "/demo-kb-questions.csv" : "/demo-kb-questions-" + language.code() + ".csv");
    }

    static List<Question> questions(String resource) throws Exception {
        Path file = Path.of(DemoKnowledgeBaseQualityTest.class.getResource(resource).toURI());
        List<Question> questions = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                questions.add(new Question(row.get("question"), row.get("article_id").strip()));
            }
        }
        return questions;
    }

    /** The measured rate, for the README's numbers (the assertions only say whether a target is met). */
    private static void report(Language language, String what, int count, int of) {
        System.out.printf("demo knowledge base (%s): %s: %.3f (%d of %d)%n", language.code(), what, (double) count / of, count, of);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theRightArticleIsInTheTopThreeForAtLeastNineQuestionsInTen(Language language) throws Exception {
        List<Question> answerable = questions(language).stream()
                .filter(q -> !q.articleId().isEmpty()).toList();
        List<String> misses = new ArrayList<>();
        for (Question q : answerable) {
            KbResults results = kb.search(q.text(), language, 3);
            if (results.hits().stream().noneMatch(h -> h.articleId().equals(q.articleId()))) {
                misses.add(q.text() + " -> " + results.hits().stream().map(h -> h.articleId()).toList());
            }
        }
        double found = 1 - (double) misses.size() / answerable.size();
        report(language, "right article in the top 3", answerable.size() - misses.size(), answerable.size());
        assertTrue(answerable.size() >= 60, answerable.size() + " questions");
        assertTrue(found >= 0.90, "top-3 " + found + "; misses: " + misses);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void atLeastFourInFiveQuestionsTheShopDoesNotCoverGetIDontKnow(Language language) throws Exception {
        List<Question> uncovered = questions(language).stream()
                .filter(q -> q.articleId().isEmpty()).toList();
        List<String> wronglyAnswered = new ArrayList<>();
        for (Question q : uncovered) {
            KbResults results = kb.search(q.text(), language, 3);
            if (results.answerable()) {
                wronglyAnswered.add(q.text() + " (" + String.format("%.3f", results.confidence()) + ")");
            }
        }
        double declined = 1 - (double) wronglyAnswered.size() / uncovered.size();
        report(language, "uncovered questions declined", uncovered.size() - wronglyAnswered.size(), uncovered.size());
        assertTrue(declined >= 0.80, "declined " + declined + "; answered: " + wronglyAnswered);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void mostCoveredQuestionsAreStillAnswered(Language language) throws Exception {
        List<Question> answerable = questions(language).stream()
                .filter(q -> !q.articleId().isEmpty()).toList();
        long answered = answerable.stream().filter(q -> kb.search(q.text(), language, 3).answerable()).count();
        report(language, "covered questions answered", (int) answered, answerable.size());
        assertTrue(answered >= 0.8 * answerable.size(), answered + " of " + answerable.size() + " answered");
    }
}
