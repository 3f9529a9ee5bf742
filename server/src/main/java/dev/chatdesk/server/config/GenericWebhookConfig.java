package dev.chatdesk.server.config;

import java.net.URI;

/**
 * The generic webhook connector, for platforms without their own connector.
 *
 * @param secret the HMAC-SHA256 key that signs both directions ({@code X-Chatdesk-Signature})
 * @param callbackUrl where replies are posted
 */
public record GenericWebhookConfig(
        @Key(credential = true, doc = "HMAC-SHA256 key of X-Chatdesk-Signature, in both directions.")
        Secret secret,
        @Key(credential = true, doc = "URL the bot's replies are posted to.")
        URI callbackUrl)
        implements ConnectorConfig {}
