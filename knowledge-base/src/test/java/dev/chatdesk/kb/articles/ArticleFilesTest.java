package dev.chatdesk.kb.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.kb.Article;
import dev.chatdesk.core.nlu.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    @Test
    void readsMarkdownWithFrontMatterJsonAndCsv(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("returns.md"), """
                ---
                id: returns-how-to
                title: How do I return an item?
                url: https://help.example/returns
                tags: [returns, refunds]
                locale: en
                ---
                Intro.

                ## Steps
                Print the label.
                """);
        Files.writeString(dir.resolve("more.json"), """
                [{"id": "gift-cards", "title": "Gift cards", "body": "Valid two years."},
                 {"id": "klarna", "title": "Klarna", "tags": ["payments"], "body": "Pay later."}]
                """);
        Files.writeString(dir.resolve("faq.csv"), "id,title,url,tags,locale,body\n"
                + "sizes,Size guide,https://help.example/sizes,products;sizes,en,\"Measure your chest, then compare.\"\n");
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        List<Article> articles = ArticleFiles.read(dir);
        assertEquals(List.of("sizes", "gift-cards", "klarna", "returns-how-to"), articles.stream().map(Article::id).toList());
        Article returns = articles.get(3);
        assertEquals(List.of("returns", "refunds"), returns.tags());
        assertEquals("Intro.\n\n## Steps\nPrint the label.", returns.body());
        assertEquals(List.of("products", "sizes"), articles.get(0).tags());
        assertEquals("Measure your chest, then compare.", articles.get(0).body());
    }

    @Test
    void aMarkdownFileWithoutAnIdIsNamedAfterItsFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("opening-hours.md"), "---\ntitle: Opening hours\n---\nMon-Fri.\n");
        assertEquals("opening-hours", ArticleFiles.read(dir).get(0).id());
    }

    @Test
    void anArticleWithoutATitleIsAnErrorNamingTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.md"), "---\nid: x\n---\nNo title.\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleFiles.read(dir));
        assertTrue(e.getMessage().contains("broken.md") && e.getMessage().contains("title"), e.getMessage());
    }

    @Test
    void twoArticlesWithOneIdAreAnError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), "---\nid: same\ntitle: A\n---\nA.\n");
        Files.writeString(dir.resolve("b.md"), "---\nid: same\ntitle: B\n---\nB.\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleFiles.read(dir));
        assertTrue(e.getMessage().contains("same"), e.getMessage());
    }

    @Test
    void theFrontMatterGivesTheArticlesLanguage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("returns-zh.md"), """
                ---
                title: Returns (退货政策)
                language: zh
                ---
                Returns within seven days.
                """);
        assertEquals(Language.ZH, ArticleFiles.read(dir).get(0).language());
    }

    @Test
    void anArticleWithoutALanguageHasTheOneOfItsText(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("articles.json"), """
                [{"id": "returns-zh", "title": "退货政策", "body": "收到商品后七天内可申请退货。"},
                 {"id": "returns-en", "title": "Returns", "body": "Return within seven days."}]
                """);
        Files.writeString(dir.resolve("faq.csv"), "id,title,language,body\nsizes,Sizes,zh,Measure your chest.\n");
        List<Article> articles = ArticleFiles.read(dir);
        assertEquals(Map.of("returns-zh", Language.ZH, "returns-en", Language.EN, "sizes", Language.ZH),
                articles.stream().collect(Collectors.toMap(Article::id, Article::language)));
    }

    @Test
    void anUnknownLanguageIsAnErrorNamingTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("faq.md"), "---\ntitle: FAQ\nlanguage: klingon\n---\nQapla'.\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleFiles.read(dir));
        assertTrue(e.getMessage().contains("faq.md") && e.getMessage().contains("klingon"), e.getMessage());
    }
}
