package dev.chatdesk.kb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.kb.Article;
import dev.chatdesk.core.kb.KbHit;
import dev.chatdesk.core.kb.KbResults;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.encoder.SentenceEmbedder;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** English and Chinese articles in one knowledge base, each searched by questions in its language. */
class MultilingualKnowledgeBaseTest {
    private static final List<Article> ARTICLES = List.of(
            new Article("returns-zh", "退货政策", "", List.of(), "zh-CN",
                    "收到商品后七天内可申请退货。请保留原包装和发票，退款将在三到五个工作日内退回原支付账户。"),
            new Article("shipping-zh", "配送说明", "", List.of(), "zh-CN",
                    "订单通常在两个工作日内发货。偏远地区的配送可能需要更长时间。"),
            new Article("returns-en", "Returning an item", "", List.of(), "en",
                    "You can return an item within 30 days of delivery. Print the label and drop the parcel off."),
            new Article("shipping-en", "Delivery times", "", List.of(), "en",
                    "Orders ship within two business days. Remote areas can take longer."));

    private static SentenceEmbedder english;
    private static Embedders embedders;

    @BeforeAll
    static void loadEncoders() {
        english = new SentenceEmbedder(PretrainedEncoder.defaultEncoder());
        embedders = Embedders.of(english).with(Language.ZH,
                () -> new SentenceEmbedder(PretrainedEncoder.defaultEncoder(Language.ZH)));
    }

    @AfterAll
    static void closeEncoders() {
        embedders.close();
        english.close();
    }

    private static LuceneKnowledgeBase knowledgeBase(SearchMode mode) {
        LuceneKnowledgeBase kb = LuceneKnowledgeBase.inMemory(embedders, KbSettings.defaults().withMode(mode));
        kb.replaceAll(ARTICLES);
        return kb;
    }

    @Test
    void aChineseQuestionFindsAChineseArticleInOtherWordsByItsKeywords() {
        try (LuceneKnowledgeBase kb = knowledgeBase(SearchMode.bm25)) {
            List<KbHit> hits = kb.search("退货需要几天", 3).hits();
            assertEquals("returns-zh", hits.get(0).articleId(), hits.toString());
        }
    }

    @Test
    void everyModeFindsTheChineseArticle() {
        for (SearchMode mode : SearchMode.values()) {
            try (LuceneKnowledgeBase kb = knowledgeBase(mode)) {
                List<KbHit> hits = kb.search("收到的商品怎么退？", 3).hits();
                assertEquals("returns-zh", hits.get(0).articleId(), mode + ": " + hits);
            }
        }
    }

    @Test
    void theChineseEncoderFindsAChineseArticleSharingNoWordWithTheQuestion() {
        try (LuceneKnowledgeBase kb = knowledgeBase(SearchMode.dense)) {
            List<KbHit> hits = kb.search("买的东西不想要了，怎么办？", 3).hits();
            assertEquals("returns-zh", hits.get(0).articleId(), hits.toString());
        }
    }

    @Test
    void anEnglishQuestionNeverReturnsAChineseArticle() {
        try (LuceneKnowledgeBase kb = knowledgeBase(SearchMode.hybrid)) {
            List<KbHit> hits = kb.search("how do I return an item", 10).hits();
            assertEquals(List.of("returns-en", "shipping-en"), hits.stream().map(KbHit::articleId).toList());
        }
    }

    @Test
    void aChineseQuestionNeverReturnsAnEnglishArticle() {
        try (LuceneKnowledgeBase kb = knowledgeBase(SearchMode.hybrid)) {
            List<KbHit> hits = kb.search("怎么退货 return", 10).hits();
            assertEquals(List.of("returns-zh", "shipping-zh"), hits.stream().map(KbHit::articleId).toList());
        }
    }

    @Test
    void aMixedQuestionWithMoreChineseIsSearchedInChinese() {
        try (LuceneKnowledgeBase kb = knowledgeBase(SearchMode.hybrid)) {
            List<KbHit> hits = kb.search("我的order 怎么退货", 3).hits();
            assertEquals("returns-zh", hits.get(0).articleId(), hits.toString());
        }
    }

    @Test
    void aQuestionInALanguageWithoutArticlesFindsNothingAndLoadsNoEncoder() {
        AtomicInteger chineseLoads = new AtomicInteger();
        Embedders counting = Embedders.of(english).with(Language.ZH, () -> {
            chineseLoads.incrementAndGet();
            return english;
        });
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.inMemory(counting, KbSettings.defaults())) {
            kb.replaceAll(ARTICLES.stream().filter(a -> a.language() == Language.EN).toList());
            KbResults results = kb.search("退货需要几天", 3);
            assertTrue(results.hits().isEmpty(), results.hits().toString());
            assertFalse(results.answerable());
            assertEquals(0, chineseLoads.get());
        }
    }
}
