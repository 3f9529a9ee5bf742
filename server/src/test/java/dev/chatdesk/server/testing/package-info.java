/** What the server's end-to-end tests share: a JSON-over-HTTP client of a running server. */
package dev.chatdesk.server.testing;
