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
}
