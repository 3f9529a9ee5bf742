/**
 * The end-to-end load benchmark ({@code ./chatdesk bench}): the real server in-process, customers
 * talking to it over HTTP, measured against the NLU alone in the same run.
 */
package dev.chatdesk.server.bench;
