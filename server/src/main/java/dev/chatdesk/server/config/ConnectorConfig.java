package dev.chatdesk.server.config;

/**
 * The settings of one messaging-platform connector. A connector is mounted only when it is
 * {@link #enabled()}: all of its credentials (the keys marked {@link Key#credential()}) are set.
 * The loader refuses a connector with only some of them set.
 */
public sealed interface ConnectorConfig
        permits SlackConfig, TelegramConfig, WhatsAppConfig, MessengerConfig, TwilioConfig, GenericWebhookConfig {
    /** Whether every credential of the connector is set, so its webhook is mounted. */
    default boolean enabled() {
        return ConfigRecords.missingCredentials((Record) this).isEmpty();
    }
}
