package dev.chatdesk.connectors.slack;

import dev.chatdesk.connectors.platform.PlatformConnector;
import dev.chatdesk.connectors.platform.RetryingSender;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;
import java.time.Clock;

/** Builds the Slack connector: its webhook at {@code /webhooks/slack} (events and interactivity) and its channel. */
public final class SlackConnector {
    private SlackConnector() {}

    /**
     * A connector for a Slack app.
     *
     * @param client the HTTP client replies go out with
     * @param sender retries the Web API's 429 and 5xx answers
     * @param apiBase the Web API's base URL (https://slack.com/api)
     * @param botToken the bot token (xoxb-...) replies are posted with
     * @param signingSecret the app's signing secret, which signs every request Slack sends
     * @param clock the clock request timestamps are checked against
     */
    public static PlatformConnector create(WebClient client, RetryingSender sender, URI apiBase, String botToken,
            String signingSecret, Clock clock) {
        return new PlatformConnector(new SlackWebhook(signingSecret, clock), new SlackChannel(client, sender, apiBase, botToken));
    }
}
