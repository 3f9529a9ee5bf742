package dev.chatdesk.connectors.twilio;

import dev.chatdesk.connectors.platform.PlatformConnector;
import dev.chatdesk.connectors.platform.RetryingSender;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;

/** Builds the Twilio SMS connector: its webhook at {@code /webhooks/twilio} and its channel. */
public final class TwilioConnector {
    private TwilioConnector() {}

    /**
     * A connector for one Twilio number.
     *
     * @param client the HTTP client replies go out with
     * @param sender retries the REST API's 429 and 5xx answers
     * @param apiBase the REST API's base URL (https://api.twilio.com)
     * @param accountSid the account (AC...)
     * @param authToken the account's auth token, which signs deliveries and authenticates replies
     * @param fromNumber the Twilio number replies are sent from
     * @param publicUrl the webhook's URL exactly as Twilio calls it, which its signature covers
     */
    public static PlatformConnector create(WebClient client, RetryingSender sender, URI apiBase, String accountSid, String authToken,
            String fromNumber, URI publicUrl) {
        return new PlatformConnector(new TwilioWebhook(authToken, publicUrl.toString()),
                new TwilioChannel(client, sender, apiBase, accountSid, authToken, fromNumber));
    }
}
