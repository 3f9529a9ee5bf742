/** The Lucene index of article passages: analysis, passages, BM25, dense vectors and their fusion. */
package dev.chatdesk.kb.index;
