package dev.chatdesk.connectors.generic;

import dev.chatdesk.connectors.platform.ApiChannel;
import dev.chatdesk.connectors.platform.PlatformApi;
import dev.chatdesk.connectors.platform.RetryingSender;
import dev.chatdesk.connectors.platform.Sha256BodySignature;
import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.channel.OutboundMessage;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * Posts replies to the callback URL as {@code {"userId", "chatId"?, "text", "quickReplies"?: [{"title", "payload"}]}},
 * signed with {@code X-Chatdesk-Signature} like the deliveries it answers.
 */
final class GenericChannel extends ApiChannel {
    static final String NAME = "generic";
    private static final String PLATFORM = "The generic webhook's callback";

    private final PlatformApi api;
    private final String callbackUrl;
    private final String secret;

    GenericChannel(WebClient client, RetryingSender sender, URI callbackUrl, String secret) {
        super(NAME, "the generic webhook");
        this.api = new PlatformApi(client, sender, PLATFORM);
        this.callbackUrl = callbackUrl.toString();
        this.secret = secret;
    }

    @Override
    public CompletableFuture<Void> send(String address, OutboundMessage message) {
        JsonObject reply = new JsonObject().put("userId", GenericAddress.userId(address));
        String chatId = GenericAddress.chatId(address);
        if (chatId != null) {
            reply.put("chatId", chatId);
        }
        reply.put("text", message.text());
        if (!message.quickReplies().isEmpty()) {
            JsonArray buttons = new JsonArray();
            for (QuickReply button : message.quickReplies()) {
                buttons.add(new JsonObject().put("title", button.title()).put("payload", button.payload()));
            }
            reply.put("quickReplies", buttons);
        }
        Buffer body = reply.toBuffer();
        String signature = Sha256BodySignature.sign(secret, body.getBytes());
        return api.post(callbackUrl, request -> request
                        .putHeader("Content-Type", "application/json")
                        .putHeader(GenericWebhook.SIGNATURE_HEADER, signature)
                        .sendBuffer(body))
                .thenApply(response -> null);
    }
}
