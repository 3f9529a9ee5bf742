package dev.chatdesk.core.kb;

import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.LanguageDetector;
import java.util.List;
import java.util.Objects;

/**
 * A help article.
 *
 * @param id the article's stable identifier; importing an article with the same id replaces it
 * @param title its title
 * @param url where customers can read it
 * @param tags topics it belongs to
 * @param locale its locale as the author gave it, such as {@code en} or {@code zh-CN}
 * @param body its text, in Markdown
 * @param language the language it is analysed, embedded and searched in: only questions in this
 *     language find it; null detects it from the title and body ({@link LanguageDetector})
 */
public record Article(String id, String title, String url, List<String> tags, String locale, String body,
        Language language) {
    /** Checks the required parts are present; missing optional ones become empty, a missing language is detected. */
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
        language = language == null ? LanguageDetector.detect(title + "\n" + body) : language;
    }

    /** An article whose language is detected from its title and body. */
    public Article(String id, String title, String url, List<String> tags, String locale, String body) {
        this(id, title, url, tags, locale, body, null);
    }

    /** This article in another language (null detects it). */
    public Article withLanguage(Language newLanguage) {
        return new Article(id, title, url, tags, locale, body, newLanguage);
    }
}
