package dev.chatdesk.storage.jdbc;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.core.kb.ArticleChange;
import dev.chatdesk.core.store.ArticleChangeLog;
import java.time.Clock;
import java.util.List;

/**
 * The {@link ArticleChangeLog} of a {@link JdbcStorage}, in the {@code article_changes} table.
 * Appends take one lock, so that sequence numbers commit in the order they were given out: a
 * reader never sees number n before an earlier number that commits later.
 */
final class JdbcArticleChangeLog implements ArticleChangeLog {
    private static final String APPEND_LOCK = "article-changes";

    private final Database database;
    private final Clock clock;

    JdbcArticleChangeLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public long append(ArticleChange change) {
        String json = ArticleChangeJson.write(requireNonNull(change, "change"));
        return database.write(c -> {
            database.lock(c, APPEND_LOCK);
            return Sql.first(c, "INSERT INTO article_changes(change, created_at) VALUES (?, ?) RETURNING seq",
                    row -> row.getLong("seq"), json, clock.instant()).orElseThrow();
        });
    }

    @Override
    public List<Logged> after(long seq, int limit) {
        return database.read(c -> Sql.list(c, "SELECT seq, change FROM article_changes WHERE seq > ? ORDER BY seq LIMIT ?",
                row -> new Logged(row.getLong("seq"), ArticleChangeJson.read(row.getString("change"))), seq, limit));
    }
}
