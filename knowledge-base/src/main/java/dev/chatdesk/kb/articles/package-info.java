/** Reading help articles from Markdown with front matter, JSON and CSV files. */
package dev.chatdesk.kb.articles;
