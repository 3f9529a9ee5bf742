package dev.chatdesk.server.config;

import java.net.URI;

/**
 * The Facebook Messenger connector.
 *
 * @param appSecret verifies the signature of webhook deliveries
 * @param verifyToken answers Meta's webhook verification
 * @param pageAccessToken authenticates replies as the page
 * @param apiBase the Graph API's base URL
 */
public record MessengerConfig(
        @Key(credential = true, doc = "Meta app secret; checks X-Hub-Signature-256 of every delivery.")
        Secret appSecret,
        @Key(credential = true, doc = "Token Meta echoes when it verifies the webhook (GET).")
        Secret verifyToken,
        @Key(credential = true, doc = "Page access token used to send replies.")
        Secret pageAccessToken,
        @Key(defaultValue = "https://graph.facebook.com/v21.0", doc = "Base URL of the Graph API.")
        URI apiBase)
        implements ConnectorConfig {}
