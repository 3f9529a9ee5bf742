package dev.chatdesk.kb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.kb.Article;
import dev.chatdesk.kb.articles.ArticleFiles;
import dev.chatdesk.kb.index.SearchMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchIndexTest {
    private static final Path DEMO_ARTICLES = Path.of("../bots/demo-shop/articles");

    @Test
    void aSecondRunWithTheSameParametersReusesTheIndexWithoutEmbeddingAgain(@TempDir Path data) throws Exception {
        List<Article> sources = ArticleFiles.read(DEMO_ARTICLES);
        WordHashEmbedder embedder = new WordHashEmbedder();
        BenchIndex first = BenchIndex.prepare(data, sources, 300, 1, embedder, "hash", m -> {});
        int embedded = embedder.embeddedTexts.get();
        BenchIndex second = BenchIndex.prepare(data, sources, 300, 1, embedder, "hash", m -> {});
        assertFalse(first.reused());
        assertTrue(second.reused());
        assertEquals(300, embedded);
        assertEquals(embedded, embedder.embeddedTexts.get());
        assertEquals(first.directory(), second.directory());
        assertEquals(first.indexSeconds(), second.indexSeconds());
    }

    @Test
    void anotherSeedOrEmbedderGetsItsOwnIndex(@TempDir Path data) throws Exception {
        List<Article> sources = ArticleFiles.read(DEMO_ARTICLES);
        WordHashEmbedder embedder = new WordHashEmbedder();
        Path base = BenchIndex.prepare(data, sources, 50, 1, embedder, "hash", m -> {}).directory();
        assertNotEquals(base, BenchIndex.prepare(data, sources, 50, 2, embedder, "hash", m -> {}).directory());
        assertNotEquals(base, BenchIndex.prepare(data, sources, 50, 1, embedder, "other", m -> {}).directory());
    }

    @Test
    void everyModeIsTimedOnEveryQuestion(@TempDir Path data) throws Exception {
        WordHashEmbedder embedder = new WordHashEmbedder();
        BenchIndex index = BenchIndex.prepare(data, ArticleFiles.read(DEMO_ARTICLES), 200, 1, embedder, "hash", m -> {});
        List<String> questions = BenchQuestions.generate(40, 1);
        for (SearchMode mode : SearchMode.values()) {
            SearchLatency latency = SearchLatency.measure(index, embedder, mode, questions.subList(0, 5), questions);
            assertEquals(mode.name(), latency.mode());
            assertEquals(40, latency.queries());
            assertTrue(latency.p50Ms() <= latency.p99Ms() && latency.p99Ms() <= latency.maxMs(), latency.toString());
            assertTrue(latency.embedP50Ms() <= latency.p50Ms(), latency.toString());
        }
    }
}
