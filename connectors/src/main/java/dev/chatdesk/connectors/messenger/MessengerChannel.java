package dev.chatdesk.connectors.messenger;

import dev.chatdesk.connectors.platform.ApiChannel;
import dev.chatdesk.connectors.platform.GraphApiThrottling;
import dev.chatdesk.connectors.platform.PlatformApi;
import dev.chatdesk.connectors.platform.RetryingSender;
import dev.chatdesk.core.channel.OutboundMessage;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * Sends messages with the Send API: {@code POST <apiBase>/me/messages?access_token=<page token>}.
 * The token is in the URL, which is therefore never logged or put in a failure message.
 */
final class MessengerChannel extends ApiChannel {
    static final String NAME = "messenger";
    static final String PLATFORM = "Messenger";

    private final PlatformApi api;
    private final String messagesUrl;
    private final String pageAccessToken;

    MessengerChannel(WebClient client, RetryingSender sender, URI apiBase, String pageAccessToken) {
        super(NAME, PLATFORM);
        this.api = new PlatformApi(client, sender, PLATFORM);
        this.messagesUrl = PlatformApi.endpoint(apiBase, "/me/messages");
        this.pageAccessToken = pageAccessToken;
    }

    @Override
    public CompletableFuture<Void> send(String address, OutboundMessage message) {
        JsonObject body = MessengerMessages.body(address, message);
        return api.post(messagesUrl, request -> request.addQueryParam("access_token", pageAccessToken).sendJsonObject(body),
                        GraphApiThrottling.THROTTLING)
                .thenApply(response -> null);
    }
}
