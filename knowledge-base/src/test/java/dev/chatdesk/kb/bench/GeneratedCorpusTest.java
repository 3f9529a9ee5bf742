package dev.chatdesk.kb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.kb.Article;
import dev.chatdesk.kb.articles.ArticleFiles;
import dev.chatdesk.kb.index.PassageSplitter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GeneratedCorpusTest {
    private static List<Article> sources;

    @BeforeAll
    static void readSources() throws Exception {
        sources = ArticleFiles.read(Path.of("../bots/demo-shop/articles"));
    }

    @Test
    void theIndexSplitsTheCorpusIntoExactlyTheAskedNumberOfPassages() {
        List<Article> articles = GeneratedCorpus.generate(sources, 1003, 1);
        PassageSplitter splitter = new PassageSplitter(PassageSplitter.DEFAULT_MAX_WORDS);
        assertEquals(1003, articles.stream().mapToInt(a -> splitter.split(a).size()).sum());
        assertEquals(201, articles.size());
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        assertEquals(GeneratedCorpus.generate(sources, 200, 5), GeneratedCorpus.generate(sources, 200, 5));
        assertNotEquals(GeneratedCorpus.generate(sources, 200, 5), GeneratedCorpus.generate(sources, 200, 6));
    }

    @Test
    void articlesCoverEverySourceTopicAndAreNotRepeats() {
        List<Article> articles = GeneratedCorpus.generate(sources, 5000, 2);
        Set<String> sourceTopics = sources.stream().map(a -> a.id().substring(0, a.id().indexOf('-')))
                .collect(Collectors.toSet());
        assertEquals(sourceTopics, articles.stream().map(a -> a.tags().get(0)).collect(Collectors.toSet()));
        long distinctBodies = articles.stream().map(Article::body).distinct().count();
        assertEquals(articles.size(), distinctBodies);
    }

    @Test
    void sectionsAreSentencesOfTheSourcesNotMarkdown() {
        String bodies = GeneratedCorpus.generate(sources, 500, 3).stream().map(Article::body)
                .collect(Collectors.joining("\n"));
        assertTrue(!bodies.contains("**") && !bodies.contains("](http") && !bodies.contains("| ---"), "Markdown left");
        assertTrue(bodies.contains("return"), "source wording kept");
    }

    @Test
    void aCorpusOfNoPassagesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeneratedCorpus.generate(sources, 0, 1));
        assertTrue(e.getMessage().contains("was 0"), e.getMessage());
    }
}
