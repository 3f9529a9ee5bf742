package dev.chatdesk.connectors.messenger;

import dev.chatdesk.connectors.platform.MetaWebhook;
import dev.chatdesk.connectors.platform.PlatformConnector;
import dev.chatdesk.connectors.platform.RetryingSender;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;

/** Builds the Messenger connector: its webhook at {@code /webhooks/messenger} and its channel. */
public final class MessengerConnector {
    private MessengerConnector() {}

    /**
     * A connector for one Facebook page.
     *
     * @param client the HTTP client replies go out with
     * @param sender retries the Graph API's 429 and 5xx answers
     * @param apiBase the Graph API's base URL with its version (https://graph.facebook.com/v21.0)
     * @param appSecret the Meta app's secret, which signs deliveries
     * @param verifyToken the token Meta presents when the webhook is verified
     * @param pageAccessToken the page's token replies are sent with
     */
    public static PlatformConnector create(WebClient client, RetryingSender sender, URI apiBase, String appSecret, String verifyToken,
            String pageAccessToken) {
        return new PlatformConnector(new MetaWebhook(appSecret, verifyToken, MessengerPayload::read, MessengerMessages::numbered),
                new MessengerChannel(client, sender, apiBase, pageAccessToken));
    }
}
