/** The knowledge base: help articles read from files and searched with Lucene. */
package dev.chatdesk.kb;
