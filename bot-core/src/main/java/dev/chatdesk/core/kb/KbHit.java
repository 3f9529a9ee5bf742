package dev.chatdesk.core.kb;

/**
 * One passage found for a query.
 *
 * @param articleId the article it is from
 * @param title the article's title
 * @param url the article's address
 * @param heading the heading of the passage's section ("" for the introduction)
 * @param passage the passage's text
 * @param score the retrieval score (comparable only within one search mode)
 */
public record KbHit(String articleId, String title, String url, String heading, String passage, double score) {}
