/** What every HTTP channel shares: the JSON error format, request validation, JSON forms of messages, tokens, rate limits. */
package dev.chatdesk.connectors.http;
