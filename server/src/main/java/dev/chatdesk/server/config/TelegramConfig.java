package dev.chatdesk.server.config;

import java.net.URI;

/**
 * The Telegram connector.
 *
 * @param botToken the bot's token from BotFather
 * @param secretToken the secret Telegram sends with every webhook delivery
 * @param apiBase the Telegram Bot API's base URL
 */
public record TelegramConfig(
        @Key(credential = true, doc = "Bot token from BotFather, used to send replies.")
        Secret botToken,
        @Key(credential = true,
                doc = "Secret token given to setWebhook; Telegram sends it in X-Telegram-Bot-Api-Secret-Token.")
        Secret secretToken,
        @Key(defaultValue = "https://api.telegram.org", doc = "Base URL of the Telegram Bot API.")
        URI apiBase)
        implements ConnectorConfig {}
