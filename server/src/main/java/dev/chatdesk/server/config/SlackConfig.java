package dev.chatdesk.server.config;

import java.net.URI;

/**
 * The Slack connector.
 *
 * @param signingSecret verifies that webhook deliveries come from Slack
 * @param botToken authenticates replies
 * @param apiBase the Slack Web API's base URL
 */
public record SlackConfig(
        @Key(credential = true, doc = "Slack app's signing secret; checks the signature of every delivery.")
        Secret signingSecret,
        @Key(credential = true, doc = "Bot token (xoxb-...) used to post replies.")
        Secret botToken,
        @Key(defaultValue = "https://slack.com/api", doc = "Base URL of the Slack Web API.")
        URI apiBase)
        implements ConnectorConfig {}
