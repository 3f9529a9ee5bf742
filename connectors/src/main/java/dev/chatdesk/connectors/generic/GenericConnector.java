package dev.chatdesk.connectors.generic;

import dev.chatdesk.connectors.platform.PlatformConnector;
import dev.chatdesk.connectors.platform.RetryingSender;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;

/** Builds the generic webhook connector: its webhook at {@code /webhooks/generic} and its channel to the callback URL. */
public final class GenericConnector {
    private GenericConnector() {}

    /**
     * A connector signing both directions with {@code secret}.
     *
     * @param client the HTTP client replies go out with
     * @param sender retries the callback's 429 and 5xx answers
     * @param callbackUrl where replies are posted
     * @param secret the HMAC-SHA256 key of X-Chatdesk-Signature
     */
    public static PlatformConnector create(WebClient client, RetryingSender sender, URI callbackUrl, String secret) {
        return new PlatformConnector(new GenericWebhook(secret), new GenericChannel(client, sender, callbackUrl, secret));
    }
}
