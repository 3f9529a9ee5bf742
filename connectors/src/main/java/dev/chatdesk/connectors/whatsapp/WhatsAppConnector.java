package dev.chatdesk.connectors.whatsapp;

import dev.chatdesk.connectors.platform.MetaWebhook;
import dev.chatdesk.connectors.platform.PlatformConnector;
import dev.chatdesk.connectors.platform.RetryingSender;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;

/** Builds the WhatsApp Cloud API connector: its webhook at {@code /webhooks/whatsapp} and its channel. */
public final class WhatsAppConnector {
    private WhatsAppConnector() {}

    /**
     * A connector for one business phone number.
     *
     * @param client the HTTP client replies go out with
     * @param sender retries the Graph API's 429 and 5xx answers
     * @param apiBase the Graph API's base URL with its version (https://graph.facebook.com/v21.0)
     * @param appSecret the Meta app's secret, which signs deliveries
     * @param verifyToken the token Meta presents when the webhook is verified
     * @param accessToken the token replies are sent with
     * @param phoneNumberId the id of the business phone number replies come from
     */
    public static PlatformConnector create(WebClient client, RetryingSender sender, URI apiBase, String appSecret, String verifyToken,
            String accessToken, String phoneNumberId) {
        return new PlatformConnector(new MetaWebhook(appSecret, verifyToken, WhatsAppPayload::read, WhatsAppMessages::numbered),
                new WhatsAppChannel(client, sender, apiBase, phoneNumberId, accessToken));
    }
}
