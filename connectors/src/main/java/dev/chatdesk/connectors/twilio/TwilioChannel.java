package dev.chatdesk.connectors.twilio;

import dev.chatdesk.connectors.platform.ApiChannel;
import dev.chatdesk.connectors.platform.NumberedOptions;
import dev.chatdesk.connectors.platform.PlatformApi;
import dev.chatdesk.connectors.platform.RetryingSender;
import dev.chatdesk.core.channel.OutboundMessage;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/**
 * Sends SMS with Twilio's REST API: {@code POST <apiBase>/2010-04-01/Accounts/<sid>/Messages.json}
 * with HTTP Basic auth (account SID and auth token) and the form fields {@code To}, {@code From},
 * {@code Body}. Quick replies are listed under the text as numbered options.
 */
final class TwilioChannel extends ApiChannel {
    static final String NAME = "twilio";
    static final String PLATFORM = "Twilio";

    private final PlatformApi api;
    private final String messagesUrl;
    private final String authorization;
    private final String fromNumber;

    TwilioChannel(WebClient client, RetryingSender sender, URI apiBase, String accountSid, String authToken, String fromNumber) {
        super(NAME, "SMS (Twilio)");
        this.api = new PlatformApi(client, sender, PLATFORM);
        this.messagesUrl = PlatformApi.endpoint(apiBase, "/2010-04-01/Accounts/" + accountSid + "/Messages.json");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        this.fromNumber = fromNumber;
    }

    @Override
    public CompletableFuture<Void> send(String address, OutboundMessage message) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap()
                .add("To", address)
                .add("From", fromNumber)
                .add("Body", NumberedOptions.render(message));
        return api.post(messagesUrl, request -> request.putHeader("Authorization", authorization).sendForm(form))
                .thenApply(response -> null);
    }
}
