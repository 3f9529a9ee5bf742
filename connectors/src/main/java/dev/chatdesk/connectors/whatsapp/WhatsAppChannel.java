package dev.chatdesk.connectors.whatsapp;

import dev.chatdesk.connectors.platform.ApiChannel;
import dev.chatdesk.connectors.platform.GraphApiThrottling;
import dev.chatdesk.connectors.platform.PlatformApi;
import dev.chatdesk.connectors.platform.RetryingSender;
import dev.chatdesk.core.channel.OutboundMessage;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** Sends messages with the Cloud API: {@code POST <apiBase>/<phoneNumberId>/messages}, authorised by the access token. */
final class WhatsAppChannel extends ApiChannel {
    static final String NAME = "whatsapp";
    static final String PLATFORM = "WhatsApp";

    private final PlatformApi api;
    private final String messagesUrl;
    private final String authorization;

    WhatsAppChannel(WebClient client, RetryingSender sender, URI apiBase, String phoneNumberId, String accessToken) {
        super(NAME, PLATFORM);
        this.api = new PlatformApi(client, sender, PLATFORM);
        this.messagesUrl = PlatformApi.endpoint(apiBase, "/" + phoneNumberId + "/messages");
        this.authorization = "Bearer " + accessToken;
    }

    @Override
    public CompletableFuture<Void> send(String address, OutboundMessage message) {
        JsonObject body = WhatsAppMessages.body(address, message);
        return api.post(messagesUrl, request -> request.putHeader("Authorization", authorization).sendJsonObject(body),
                        GraphApiThrottling.THROTTLING)
                .thenApply(response -> null);
    }
}
