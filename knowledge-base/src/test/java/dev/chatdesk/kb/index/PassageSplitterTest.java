package dev.chatdesk.kb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.kb.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {
    private final PassageSplitter splitter = new PassageSplitter(30);

    @Test
    void eachSectionBecomesAPassageUnderItsHeading() {
        Article article = new Article("a", "Returns", "", List.of(), "en",
                "Intro line.\n\n## How to return\nPrint the label.\n\n## Refunds\nFive business days.");
        List<Passage> passages = splitter.split(article);
        assertEquals(List.of("", "How to return", "Refunds"), passages.stream().map(Passage::heading).toList());
        assertEquals("Five business days.", passages.get(2).text());
        assertEquals("a#2", passages.get(2).key());
    }

    @Test
    void aLongSectionIsCutAtParagraphsAndSentencesWithinTheLimit() {
        String sentence = "This sentence has exactly eight words in it. ";
        String longParagraph = sentence.repeat(10).strip();
        Article article = new Article("b", "Long", "", List.of(), "en",
                "## Details\n" + longParagraph + "\n\nA short closing paragraph.");
        List<Passage> passages = splitter.split(article);
        assertTrue(passages.size() >= 3, passages.size() + " passages");
        for (Passage p : passages) {
            assertEquals("Details", p.heading());
            assertTrue(p.text().split("\\s+").length <= 30, p.text());
        }
        String rejoined = String.join(" ", passages.stream().map(Passage::text).toList()).replaceAll("\\s+", " ");
        assertEquals((longParagraph + " A short closing paragraph.").replaceAll("\\s+", " "), rejoined);
    }

    @Test
    void aLongChineseParagraphIsCutAfterItsSentences() {
        String sentence = "收到商品后七天内可以申请退货，退货时请保留原包装和发票。"; // 27 characters: 14 words
        String paragraph = sentence.repeat(6) + "退款将在三到五个工作日内退回原支付账户！";
        Article article = new Article("zh", "退货政策", "", List.of(), "zh", "## 退货\n" + paragraph);
        List<Passage> passages = splitter.split(article);
        assertTrue(passages.size() >= 3, passages.size() + " passages");
        for (Passage p : passages) {
            assertTrue(PassageSplitter.wordCount(p.text()) <= 30, p.text());
            assertTrue(p.text().endsWith("。") || p.text().endsWith("！"), "cut inside a sentence: " + p.text());
        }
        assertEquals(paragraph, String.join("", passages.stream().map(Passage::text).toList()));
    }

    @Test
    void twoChineseCharactersCountAsOneWord() {
        assertEquals(3, PassageSplitter.wordCount("退货需要几天"));
        assertEquals(4, PassageSplitter.wordCount("我的 order 怎么退货？"));
    }
}
