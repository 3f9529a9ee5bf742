package dev.chatdesk.server.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.kb.Article;
import dev.chatdesk.core.kb.KbResults;
import dev.chatdesk.core.kb.KnowledgeBase;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.store.ArticleChangeLog;
import dev.chatdesk.core.store.memory.InMemoryStores;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nodes of a cluster keep the same help articles: a change made through one node is logged and
 * applied by every node, a node that starts later catches up, and a restart applies only what is new.
 */
class ClusterKnowledgeBaseTest {
    private static final Article RETURNS = new Article("returns", "Returns", "", List.of(), "en", "30 days to return it.");
    private static final Article SHIPPING = new Article("shipping", "Shipping", "", List.of(), "en", "Free over 50 EUR.");
    private static final Article GIFTS = new Article("gifts", "Gift wrapping", "", List.of(), "en", "3.50 EUR an order.");

    @TempDir
    Path directory;

    private final Vertx vertx = Vertx.vertx();
    private final ExecutorService blocking = Executors.newVirtualThreadPerTaskExecutor();
    private final ArticleChangeLog log = new InMemoryStores(Clock.systemUTC()).articleChanges();

    @AfterEach
    void stop() {
        blocking.shutdownNow();
        vertx.close().await();
    }

    @Test
    void aChangeMadeThroughOneNodeReachesTheIndexOfAnotherThatFollowsTheLog() throws Exception {
        Shelf firstIndex = new Shelf();
        Shelf secondIndex = new Shelf();
        ClusterKnowledgeBase first = node(firstIndex, "first", true);
        ClusterKnowledgeBase second = node(secondIndex, "second", true);
        second.follow(blocking);

        first.replaceAll(List.of(RETURNS, SHIPPING));
        first.put(GIFTS);
        assertTrue(first.delete("returns"));
        assertFalse(first.delete("no-such-article"), "removing what is not there says so");

        assertEquals(List.of("gifts", "shipping"), firstIndex.ids(), "the node that made the changes has them at once");
        eventually(() -> secondIndex.ids().equals(List.of("gifts", "shipping")));
        assertEquals(2, second.size());
    }

    @Test
    void aNodeThatStartsLaterAppliesEverythingAndARestartAppliesOnlyWhatIsNew() throws Exception {
        ClusterKnowledgeBase first = node(new Shelf(), "first", true);
        first.replaceAll(List.of(RETURNS));
        first.put(SHIPPING);

        Shelf late = new Shelf();
        node(late, "late", true);
        assertEquals(List.of("returns", "shipping"), late.ids());
        assertEquals(2, late.changes);

        first.put(GIFTS);
        Shelf restarted = new Shelf();
        node(restarted, "late", false);
        assertEquals(List.of("gifts"), restarted.ids(), "only the change made while it was away");
        assertEquals(1, restarted.changes);

        Shelf rebuilt = new Shelf();
        node(rebuilt, "late", true);
        assertEquals(List.of("gifts", "returns", "shipping"), rebuilt.ids(), "a rebuilt index applies the whole log again");
    }

    private ClusterKnowledgeBase node(Shelf index, String name, boolean rebuilt) throws Exception {
        Path indexDirectory = directory.resolve(name);
        Files.createDirectories(indexDirectory);
        return ClusterKnowledgeBase.open(index, log, indexDirectory, rebuilt, vertx);
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(20);
        }
    }

    /** A node's index as a sorted map of articles, counting the changes made to it; never searched here. */
    private static final class Shelf implements KnowledgeBase {
        private final Map<String, Article> articles = new TreeMap<>();
        private int changes;

        synchronized List<String> ids() {
            return List.copyOf(articles.keySet());
        }

        @Override
        public KbResults search(String query, Language language, int limit) {
            throw new UnsupportedOperationException("the tests read the articles, not search them");
        }

        @Override
        public synchronized void replaceAll(Collection<Article> replacing) {
            changes++;
            articles.clear();
            replacing.forEach(article -> articles.put(article.id(), article));
        }

        @Override
        public synchronized void put(Article article) {
            changes++;
            articles.put(article.id(), article);
        }

        @Override
        public synchronized boolean delete(String articleId) {
            changes++;
            return articles.remove(articleId) != null;
        }

        @Override
        public synchronized int size() {
            return articles.size();
        }

        @Override
        public void close() {}
    }
}
