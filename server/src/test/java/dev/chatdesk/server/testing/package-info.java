/**
 * What the server's end-to-end tests share: a JSON-over-HTTP client of a running server, and a fake
 * messaging platform API that records the calls Chatdesk makes to it.
 */
package dev.chatdesk.server.testing;
