package dev.chatdesk.kb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.kb.Article;
import dev.chatdesk.core.kb.KbHit;
import dev.chatdesk.core.kb.KbResults;
import dev.chatdesk.kb.articles.ArticleFiles;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.encoder.SentenceEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneKnowledgeBaseTest {
    static final Path DEMO_ARTICLES = Path.of("../bots/demo-shop/articles");

    private static RememberingEmbedder embedder;

    @BeforeAll
    static void loadEncoder() {
        embedder = new RememberingEmbedder();
    }

    @AfterAll
    static void closeEncoder() {
        embedder.close();
    }

    @Test
    void answersAQuestionWithThePassageOfTheRightArticle() throws Exception {
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.inMemory(embedder, KbSettings.defaults())) {
            kb.replaceAll(ArticleFiles.read(DEMO_ARTICLES));
            KbResults results = kb.search("how do i return an item i bought?", 3);
            assertTrue(results.answerable(), "confidence " + results.confidence());
            assertTrue(results.hits().stream().anyMatch(h -> h.articleId().startsWith("returns")),
                    results.hits().toString());
            assertFalse(results.hits().get(0).passage().isBlank());
        }
    }

    @Test
    void aQuestionTheArticlesDoNotCoverIsNotAnswerable() throws Exception {
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.inMemory(embedder, KbSettings.defaults())) {
            kb.replaceAll(ArticleFiles.read(DEMO_ARTICLES));
            KbResults results = kb.search("who won the world cup in 2010", 3);
            assertFalse(results.answerable(), "confidence " + results.confidence() + " " + results.hits());
        }
    }

    @Test
    void everyModeFindsTheRightArticle() throws Exception {
        for (SearchMode mode : SearchMode.values()) {
            try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.inMemory(embedder, KbSettings.defaults().withMode(mode))) {
                kb.replaceAll(ArticleFiles.read(DEMO_ARTICLES));
                List<KbHit> hits = kb.search("how long do refunds take to reach my bank", 3).hits();
                assertTrue(hits.stream().anyMatch(h -> h.articleId().equals("returns-refund-timing")), mode + ": " + hits);
            }
        }
    }

    @Test
    void anArticleIsFoundByItsTagsAlone() {
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.inMemory(embedder, KbSettings.defaults().withMode(SearchMode.bm25))) {
            kb.replaceAll(List.of(
                    new Article("security", "Account security", "", List.of("2fa"), "en", "Turn on the code check in your settings."),
                    new Article("gifts", "Gift cards", "", List.of("vouchers"), "en", "Gift cards are valid for two years.")));
            assertEquals("security", kb.search("2fa", 1).hits().get(0).articleId());
        }
    }

    @Test
    void aFullImportLeavesOneSegmentToSearch() {
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.inMemory(embedder, KbSettings.defaults())) {
            kb.replaceAll(versioned("alpha", 0, 6));
            kb.put(new Article("extra", "Extra", "", List.of(), "en", "One more article."));
            kb.replaceAll(versioned("beta", 2, 6));
            assertEquals(1, kb.segmentCount());
        }
    }

    @Test
    void reimportReplacesArticlesByIdAndRemovesTheOnesGone() {
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.inMemory(embedder, KbSettings.defaults())) {
            kb.replaceAll(versioned("alpha", 0, 6));
            int passagesPerSet = kb.passageCount();
            kb.replaceAll(versioned("beta", 2, 6));
            assertEquals(6, kb.size());
            assertEquals(passagesPerSet, kb.passageCount(), "no passage is left twice");
            List<KbHit> hits = kb.search("store policy version", 20).hits();
            assertEquals(Set.of("beta"), versionsOf(hits));
            assertTrue(hits.stream().noneMatch(h -> h.articleId().equals("article-0")));
        }
    }

    @Test
    void anArticleIsAddedChangedAndDeletedOneByOneAndTheCacheFollows() {
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.inMemory(embedder, KbSettings.defaults())) {
            kb.put(new Article("gift", "Gift cards", "", List.of(), "en", "Gift cards are valid for two years."));
            assertTrue(kb.search("how long is a gift card valid", 1).hits().get(0).passage().contains("two years"));
            kb.put(new Article("gift", "Gift cards", "", List.of(), "en", "Gift cards are valid for three years."));
            assertTrue(kb.search("how long is a gift card valid", 1).hits().get(0).passage().contains("three years"));
            assertTrue(kb.delete("gift"));
            assertFalse(kb.delete("gift"));
            assertTrue(kb.search("how long is a gift card valid", 1).hits().isEmpty());
        }
    }

    @Test
    void theIndexOnDiskSurvivesAReopen(@TempDir Path dir) {
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(dir, embedder, KbSettings.defaults())) {
            kb.replaceAll(versioned("alpha", 0, 3));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(dir, embedder, KbSettings.defaults())) {
            assertEquals(3, kb.size());
            assertEquals(Set.of("alpha"), versionsOf(kb.search("store policy version", 5).hits()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void searchesDuringReimportsNeverFailAndNeverSeeAMixOfOldAndNew() throws Exception {
        // an encoder that remembers nothing, so that each reimport takes its real time and searches run meanwhile
        try (SentenceEmbedder encoder = new SentenceEmbedder(PretrainedEncoder.defaultEncoder());
                LuceneKnowledgeBase kb = LuceneKnowledgeBase.inMemory(encoder, KbSettings.defaults())) {
            List<Article> alpha = versioned("alpha", 0, 12);
            List<Article> beta = versioned("beta", 4, 12);
            kb.replaceAll(alpha);
            AtomicBoolean importing = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            AtomicInteger searches = new AtomicInteger();
            List<Thread> searchers = new ArrayList<>();
            String[] queries = {"store policy version", "what does the policy say", "version of article"};
            for (int t = 0; t < 3; t++) {
                String query = queries[t];
                searchers.add(Thread.ofPlatform().start(() -> {
                    while (importing.get()) {
                        try {
                            Set<String> versions = versionsOf(kb.search(query, 12).hits());
                            if (versions.size() != 1) {
                                problems.add("mixed versions " + versions);
                            }
                            searches.incrementAndGet();
                        } catch (RuntimeException e) {
                            problems.add(e.toString());
                        }
                    }
                }));
            }
            for (int round = 0; round < 4; round++) {
                kb.replaceAll(round % 2 == 0 ? beta : alpha);
            }
            importing.set(false);
            for (Thread t : searchers) {
                t.join();
            }
            assertTrue(problems.isEmpty(), problems.stream().limit(5).toList().toString());
            assertTrue(searches.get() > 10, searches.get() + " searches ran");
            assertEquals(12, kb.size());
        }
    }

    /** Articles article-FROM.. whose every passage names their version. */
    private static List<Article> versioned(String version, int from, int count) {
        List<Article> articles = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            articles.add(new Article("article-" + i, "Store policy " + i, "https://help.example/" + i, List.of(), "en",
                    "This is version " + version + " of article " + i + ".\n\n## Details\nThe policy in version "
                            + version + " says item " + i + " is covered."));
        }
        return articles;
    }

    private static Set<String> versionsOf(List<KbHit> hits) {
        return hits.stream()
                .map(h -> h.passage().contains("alpha") ? "alpha" : h.passage().contains("beta") ? "beta" : "none")
                .collect(Collectors.toSet());
    }
}
