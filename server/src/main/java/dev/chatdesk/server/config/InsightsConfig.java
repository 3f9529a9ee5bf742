package dev.chatdesk.server.config;

import java.nio.file.Path;

/**
 * What the insights watch for, and where admins' drafts go.
 *
 * @param alerts the sentiment alerts
 * @param draftsDir where intents and help articles drafted from unanswered questions are written for review
 */
public record InsightsConfig(
        AlertsConfig alerts,
        @Key(derivedDefault = "drafts/ in the bot's directory when --bot names one, else in the data directory",
                doc = "Where admins' drafts from unanswered questions are written (intents/<name>.yml, articles/<id>.md) "
                        + "for a person to review; the bot uses none until it is moved into the bot.")
        Path draftsDir) {}
