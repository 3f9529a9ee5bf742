package dev.chatdesk.server.config;

/**
 * When a sentiment alert is raised, and where it goes.
 *
 * @param webhookUrl the Slack-compatible incoming webhook alerts are posted to; null: none
 * @param angryShareJump the rise of the hourly share of angry conversations over its usual level that raises an alert
 * @param checkSeconds how often the share is checked
 */
public record AlertsConfig(
        @Key(doc = "Where a sentiment alert is posted, once: a Slack-compatible incoming webhook (JSON `{\"text\": ...}`). "
                + "Unset: alerts show on the insights dashboard and in the agent console only.")
        Secret webhookUrl,
        @Key(defaultValue = "0.2", min = 0.01, max = 1, doc = "How far the share of conversations with an angry customer in "
                + "the last hour must rise above its usual level (the same hour of the last 7 days) to raise an alert; it "
                + "clears when the rise falls below half of this.")
        double angryShareJump,
        @Key(defaultValue = "300", min = 10, max = 3600, doc = "How often, in seconds, the share of angry conversations is checked.")
        int checkSeconds) {}
