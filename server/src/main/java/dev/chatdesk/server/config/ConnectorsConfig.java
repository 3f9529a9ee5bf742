package dev.chatdesk.server.config;

/**
 * The messaging-platform connectors; each is mounted only when {@link ConnectorConfig#enabled()}.
 *
 * @param slack Slack
 * @param telegram Telegram
 * @param whatsapp WhatsApp Cloud API
 * @param messenger Facebook Messenger
 * @param twilio Twilio SMS
 * @param generic the generic signed webhook
 */
public record ConnectorsConfig(
        SlackConfig slack,
        TelegramConfig telegram,
        WhatsAppConfig whatsapp,
        MessengerConfig messenger,
        TwilioConfig twilio,
        GenericWebhookConfig generic) {}
