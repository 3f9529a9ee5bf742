package dev.chatdesk.connectors.telegram;

import dev.chatdesk.connectors.platform.PlatformConnector;
import dev.chatdesk.connectors.platform.RetryingSender;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;

/** Builds the Telegram connector: its webhook at {@code /webhooks/telegram} and its channel. */
public final class TelegramConnector {
    private TelegramConnector() {}

    /**
     * A connector for a bot.
     *
     * @param client the HTTP client replies go out with
     * @param sender retries the Bot API's 429 and 5xx answers
     * @param apiBase the Bot API's base URL (https://api.telegram.org)
     * @param botToken the bot's token from BotFather
     * @param secretToken the secret given to setWebhook, which Telegram sends with every update
     */
    public static PlatformConnector create(WebClient client, RetryingSender sender, URI apiBase, String botToken, String secretToken) {
        TelegramApi api = new TelegramApi(client, sender, apiBase, botToken);
        return new PlatformConnector(new TelegramWebhook(secretToken, api), new TelegramChannel(api));
    }
}
