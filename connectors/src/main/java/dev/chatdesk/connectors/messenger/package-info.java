/**
 * Facebook Messenger through a page: events arrive at the webhook signed with the app secret
 * ({@code X-Hub-Signature-256}) after a verify-token handshake; replies go out with the Send API,
 * quick replies as Messenger's quick replies.
 */
package dev.chatdesk.connectors.messenger;
