/**
 * The generic webhook, for platforms without a connector of their own: a small signed JSON
 * protocol in both directions ({@code X-Chatdesk-Signature: sha256=<hex HMAC-SHA256 of the raw body>}),
 * messages in at {@code /webhooks/generic}, replies out to a configured callback URL.
 */
package dev.chatdesk.connectors.generic;
