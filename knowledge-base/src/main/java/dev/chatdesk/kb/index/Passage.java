package dev.chatdesk.kb.index;

/**
 * A piece of an article that an answer can quote: one section, or part of a long one.
 *
 * @param articleId the article it belongs to
 * @param ordinal its position in the article, from 0
 * @param heading its section's heading ("" before the first heading)
 * @param text its text
 */
public record Passage(String articleId, int ordinal, String heading, String text) {
    /** The passage's unique key in the index. */
    public String key() {
        return articleId + "#" + ordinal;
    }
}
