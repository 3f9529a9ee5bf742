package dev.chatdesk.connectors.messenger;

import dev.chatdesk.connectors.platform.RetryingSender;
import dev.chatdesk.core.channel.Channel;
import dev.chatdesk.core.channel.OutboundMessage;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * Sends messages with the Send API: {@code POST <apiBase>/me/messages?access_token=<page token>}.
 * The token is in the URL, which is therefore never logged or put in a failure message.
 */
final class MessengerChannel implements Channel {
    static final String NAME = "messenger";
    static final String PLATFORM = "Messenger";
    private static final long TIMEOUT_MS = 10_000;

    private final WebClient client;
    private final RetryingSender sender;
    private final String messagesUrl;
    private final String pageAccessToken;

    MessengerChannel(WebClient client, RetryingSender sender, URI apiBase, String pageAccessToken) {
        this.client = client;
        this.sender = sender;
        this.messagesUrl = apiBase.toString().replaceAll("/+$", "") + "/me/messages";
        this.pageAccessToken = pageAccessToken;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String displayName() {
        return PLATFORM;
    }

    @Override
    public CompletableFuture<Void> send(String address, OutboundMessage message) {
        JsonObject body = MessengerMessages.body(address, message);
        return sender.send(PLATFORM, () -> client.postAbs(messagesUrl)
                        .timeout(TIMEOUT_MS)
                        .addQueryParam("access_token", pageAccessToken)
                        .sendJsonObject(body))
                .thenApply(response -> null);
    }
}
