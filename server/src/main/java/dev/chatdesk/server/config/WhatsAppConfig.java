package dev.chatdesk.server.config;

import java.net.URI;

/**
 * The WhatsApp (Cloud API) connector.
 *
 * @param appSecret verifies the signature of webhook deliveries
 * @param verifyToken answers Meta's webhook verification
 * @param accessToken authenticates replies
 * @param phoneNumberId the business phone number that replies are sent from
 * @param apiBase the Graph API's base URL
 */
public record WhatsAppConfig(
        @Key(credential = true, doc = "Meta app secret; checks X-Hub-Signature-256 of every delivery.")
        Secret appSecret,
        @Key(credential = true, doc = "Token Meta echoes when it verifies the webhook (GET).")
        Secret verifyToken,
        @Key(credential = true, doc = "Access token used to send replies.")
        Secret accessToken,
        @Key(credential = true, doc = "ID of the business phone number replies are sent from.")
        String phoneNumberId,
        @Key(defaultValue = "https://graph.facebook.com/v21.0", doc = "Base URL of the Graph API.")
        URI apiBase)
        implements ConnectorConfig {}
