package dev.chatdesk.core.conversation;

/**
 * A help article a bot message cites.
 *
 * @param id the article's id
 * @param title the article's title
 * @param url the article's address
 */
public record Source(String id, String title, String url) {}
