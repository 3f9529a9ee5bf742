/** The knowledge base port: help articles, searching them, and the text embedder it relies on. */
package dev.chatdesk.core.kb;
