package dev.chatdesk.core.kb;

import java.util.List;
import java.util.Objects;

/**
 * A help article.
 *
 * @param id the article's stable identifier; importing an article with the same id replaces it
 * @param title its title
 * @param url where customers can read it
 * @param tags topics it belongs to
 * @param locale its language, such as {@code en}
 * @param body its text, in Markdown
 */
public record Article(String id, String title, String url, List<String> tags, String locale, String body) {
    /** Checks the required parts are present; missing optional ones become empty. */
    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an article needs an id");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("article " + id + " needs a title");
        }
        Objects.requireNonNull(body, "body");
        url = url == null ? "" : url;
        tags = tags == null ? List.of() : List.copyOf(tags);
        locale = locale == null || locale.isBlank() ? "en" : locale;
    }
}
