/**
 * WhatsApp through Meta's Cloud API: notifications arrive at the webhook signed with the app secret
 * ({@code X-Hub-Signature-256}) after a verify-token handshake; replies go out with the
 * {@code /messages} call, quick replies as reply buttons, a list, or numbered text, as WhatsApp's
 * limits allow.
 */
package dev.chatdesk.connectors.whatsapp;
