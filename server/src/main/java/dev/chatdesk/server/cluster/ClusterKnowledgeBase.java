package dev.chatdesk.server.cluster;

import dev.chatdesk.core.kb.Article;
import dev.chatdesk.core.kb.ArticleChange;
import dev.chatdesk.core.kb.KbResults;
import dev.chatdesk.core.kb.KnowledgeBase;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.store.ArticleChangeLog;
import dev.chatdesk.core.store.ArticleChangeLog.Logged;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base of a node in a cluster. Each node searches its own index; an admin's change,
 * made through any node, goes into the store's {@link ArticleChangeLog}, and every node applies
 * the log to its index in order: the node that made the change before it answers, the others as
 * soon as the event bus tells them and at least every {@link #CATCH_UP_PERIOD} (an event can be
 * lost), and a node that starts applies what it missed. How far a node got is kept beside its
 * index, so a restart applies only what is new.
 */
public final class ClusterKnowledgeBase implements KnowledgeBase {
    /** The event-bus address that tells the nodes the log has grown. */
    static final String CHANGED = "chatdesk.kb.changed";
    private static final Duration CATCH_UP_PERIOD = Duration.ofMinutes(1);
    private static final String POSITION_FILE = "article-changes.seq";
    private static final int BATCH = 50;
    private static final Logger LOG = LoggerFactory.getLogger(ClusterKnowledgeBase.class);

    private final KnowledgeBase index;
    private final ArticleChangeLog log;
    private final Path position;
    private final Vertx vertx;
    private long applied;

    private ClusterKnowledgeBase(KnowledgeBase index, ArticleChangeLog log, Path position, Vertx vertx, long applied) {
        this.index = index;
        this.log = log;
        this.position = position;
        this.vertx = vertx;
        this.applied = applied;
    }

    /**
     * The node's index, brought up to date with the log: from the start of the log when the index
     * was just rebuilt (from the bot's own articles), else from where this node last got to.
     */
    public static ClusterKnowledgeBase open(KnowledgeBase index, ArticleChangeLog log, Path indexDirectory, boolean rebuilt,
            Vertx vertx) throws IOException {
        Path position = indexDirectory.resolve(POSITION_FILE);
        long applied = !rebuilt && Files.exists(position) ? Long.parseLong(Files.readString(position).strip()) : 0;
        ClusterKnowledgeBase knowledgeBase = new ClusterKnowledgeBase(index, log, position, vertx, applied);
        knowledgeBase.applyThrough(0);
        return knowledgeBase;
    }

    /**
     * Applies the other nodes' changes from now on, on {@code blocking}, as they are announced and
     * every minute; returns what stops that.
     */
    public Runnable follow(Executor blocking) {
        Runnable catchUp = () -> blocking.execute(() -> {
            try {
                applyThrough(0);
            } catch (RuntimeException e) {
                LOG.warn("Could not apply the help-article changes made on other nodes; trying again within a minute", e);
            }
        });
        MessageConsumer<Long> consumer = vertx.eventBus().consumer(CHANGED, announced -> catchUp.run());
        long timer = vertx.setPeriodic(CATCH_UP_PERIOD.toMillis(), ignored -> catchUp.run());
        return () -> {
            vertx.cancelTimer(timer);
            consumer.unregister();
        };
    }

    @Override
    public KbResults search(String query, Language language, int limit) {
        return index.search(query, language, limit);
    }

    @Override
    public KbResults search(String query, Language language, int limit, Supplier<float[]> queryVector) {
        return index.search(query, language, limit, queryVector);
    }

    @Override
    public void replaceAll(Collection<Article> articles) {
        change(new ArticleChange.ReplaceAll(List.copyOf(articles)));
    }

    @Override
    public void put(Article article) {
        change(new ArticleChange.Put(article));
    }

    @Override
    public boolean delete(String articleId) {
        return change(new ArticleChange.Delete(articleId));
    }

    @Override
    public int size() {
        return index.size();
    }

    @Override
    public void close() {
        index.close();
    }

    /** Logs the change, applies the log through it here, and tells the other nodes; returns what applying it returned. */
    private boolean change(ArticleChange change) {
        long seq = log.append(change);
        boolean result = applyThrough(seq);
        vertx.eventBus().publish(CHANGED, seq);
        return result;
    }

    /**
     * Applies the logged changes this node has not applied yet, in order; returns what applying
     * change {@code seq} returned (true when it is not among them).
     */
    private synchronized boolean applyThrough(long seq) {
        boolean result = true;
        for (List<Logged> batch = log.after(applied, BATCH); !batch.isEmpty(); batch = log.after(applied, BATCH)) {
            for (Logged logged : batch) {
                boolean done = logged.change().applyTo(index);
                if (logged.seq() == seq) {
                    result = done;
                }
                applied = logged.seq();
            }
            savePosition();
        }
        return result;
    }

    private void savePosition() {
        try {
            Files.writeString(position, Long.toString(applied));
        } catch (IOException e) {
            throw new UncheckedIOException("could not note how far the knowledge base applied the article changes", e);
        }
    }
}
