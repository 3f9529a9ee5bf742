/**
 * Telegram through the Bot API: updates arrive at the webhook with the secret token given to
 * {@code setWebhook}; replies go out with {@code sendMessage}, quick replies as an inline keyboard
 * whose presses come back as callback queries.
 */
package dev.chatdesk.connectors.telegram;
