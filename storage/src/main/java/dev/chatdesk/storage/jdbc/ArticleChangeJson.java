package dev.chatdesk.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.core.kb.Article;
import dev.chatdesk.core.kb.ArticleChange;
import dev.chatdesk.core.nlu.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * An article change as the JSON text of its column: {@code {"type": "put", "article": {...}}},
 * {@code {"type": "delete", "articleId"}} or {@code {"type": "replaceAll", "articles": [...]}}.
 */
final class ArticleChangeJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ArticleChangeJson() {}

    /** The change as JSON text. */
    static String write(ArticleChange change) {
        ObjectNode json = MAPPER.createObjectNode();
        switch (change) {
            case ArticleChange.Put put -> json.put("type", "put").set("article", article(put.article()));
            case ArticleChange.Delete delete -> json.put("type", "delete").put("articleId", delete.articleId());
            case ArticleChange.ReplaceAll all -> {
                ArrayNode articles = json.put("type", "replaceAll").putArray("articles");
                all.articles().forEach(article -> articles.add(article(article)));
            }
        }
        return json.toString();
    }

    /** The change its JSON text describes. */
    static ArticleChange read(String text) {
        JsonNode json;
        try {
            json = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an article change in the store is not JSON", e);
        }
        return switch (json.path("type").asText()) {
            case "put" -> new ArticleChange.Put(article(json.path("article")));
            case "delete" -> new ArticleChange.Delete(json.path("articleId").asText());
            case "replaceAll" -> {
                List<Article> articles = new ArrayList<>();
                json.path("articles").forEach(article -> articles.add(article(article)));
                yield new ArticleChange.ReplaceAll(articles);
            }
            default -> throw new IllegalStateException("an article change of an unknown type: " + json.path("type"));
        };
    }

    private static ObjectNode article(Article article) {
        ObjectNode json = MAPPER.createObjectNode()
                .put("id", article.id())
                .put("title", article.title())
                .put("url", article.url())
                .put("locale", article.locale())
                .put("language", article.language().code())
                .put("body", article.body());
        ArrayNode tags = json.putArray("tags");
        article.tags().forEach(tags::add);
        return json;
    }

    private static Article article(JsonNode json) {
        List<String> tags = new ArrayList<>();
        json.path("tags").forEach(tag -> tags.add(tag.asText()));
        return new Article(json.path("id").asText(), json.path("title").asText(), json.path("url").asText(), tags,
                json.path("locale").asText(), json.path("body").asText(), Language.fromCode(json.path("language").asText()));
    }
}
