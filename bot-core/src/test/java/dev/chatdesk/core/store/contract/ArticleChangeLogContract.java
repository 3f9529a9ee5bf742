package dev.chatdesk.core.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.kb.Article;
import dev.chatdesk.core.kb.ArticleChange;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.store.ArticleChangeLog;
import dev.chatdesk.core.store.ArticleChangeLog.Logged;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ArticleChangeLog} does: changes come back whole, in order, after any point.
 * Each back end runs it by extending it with its own stores.
 */
public abstract class ArticleChangeLogContract extends StoreContract {
    private static final Article RETURNS = new Article("returns", "Returns", "https://shop.example/returns",
            List.of("returns", "refunds"), "en-GB", "You have **30 days** to send it back.");
    private static final Article RETURNS_ZH = new Article("returns-zh", "退货政策", "", List.of(), "zh-CN",
            "收到商品后 30 天内可以退货。", Language.ZH);

    private ArticleChangeLog log;

    /** The suite over stores {@code backEnd} opens in an empty directory, on a clock. */
    protected ArticleChangeLogContract(BiFunction<Path, Clock, StoresUnderTest> backEnd) {
        super(backEnd);
    }

    @BeforeEach
    void useLog() {
        log = stores.articleChanges();
    }

    @Test
    void anEmptyLogHasNothingAfterTheStart() {
        assertEquals(List.of(), log.after(0, 100));
    }

    @Test
    void changesComeBackWholeAndInTheOrderTheyWereMade() {
        List<ArticleChange> made = List.of(
                new ArticleChange.ReplaceAll(List.of(RETURNS, RETURNS_ZH)),
                new ArticleChange.Put(RETURNS.withLanguage(null)),
                new ArticleChange.Delete("returns-zh"));
        long previous = 0;
        for (ArticleChange change : made) {
            long seq = log.append(change);
            assertTrue(seq > previous, "sequence numbers grow: " + seq + " after " + previous);
            previous = seq;
        }

        List<Logged> logged = log.after(0, 100);
        assertEquals(made, logged.stream().map(Logged::change).toList());
        assertEquals(previous, logged.getLast().seq());
    }

    @Test
    void aReaderGetsOnlyWhatCameAfterItsPlaceAtMostTheLimit() {
        long first = log.append(new ArticleChange.Put(RETURNS));
        long second = log.append(new ArticleChange.Delete("returns"));
        long third = log.append(new ArticleChange.Put(RETURNS_ZH));

        assertEquals(List.of(new Logged(second, new ArticleChange.Delete("returns"))), log.after(first, 1));
        assertEquals(List.of(new Logged(third, new ArticleChange.Put(RETURNS_ZH))), log.after(second, 100));
        assertEquals(List.of(), log.after(third, 100));
    }
}
