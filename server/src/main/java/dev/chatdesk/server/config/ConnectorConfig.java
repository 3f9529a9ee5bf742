package dev.chatdesk.server.config;

import java.util.List;

/**
 * The settings of one messaging-platform connector. A connector is mounted only when it is
 * {@link #enabled()}: all of its credentials (the keys marked {@link Key#credential()}) are set.
 * The loader refuses a connector with only some of them set.
 */
public sealed interface ConnectorConfig
        permits SlackConfig, TelegramConfig, WhatsAppConfig, MessengerConfig, TwilioConfig, GenericWebhookConfig {
    /** Whether every credential of the connector is set, so its webhook is mounted. */
    default boolean enabled() {
        return missingCredentials().isEmpty();
    }

    /** The names of the connector's credentials that are not set, such as {@code botToken}. */
    default List<String> missingCredentials() {
        return ConfigRecords.missingCredentials((Record) this);
    }
}
