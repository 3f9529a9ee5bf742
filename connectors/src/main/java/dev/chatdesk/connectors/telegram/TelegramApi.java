package dev.chatdesk.connectors.telegram;

import dev.chatdesk.connectors.platform.RetryAfter;
import dev.chatdesk.connectors.platform.PlatformApi;
import dev.chatdesk.connectors.platform.RetryingSender;
import dev.chatdesk.connectors.platform.Throttling;
import dev.chatdesk.core.channel.DeliveryFailedException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Calls Bot API methods ({@code POST <apiBase>/bot<token>/<method>} with a JSON body), retrying as
 * the sender does; an answer with {@code "ok": false} is a failure. The URL holds the bot's token,
 * so it is never logged or put in a failure message.
 */
final class TelegramApi {
    static final String PLATFORM = "Telegram";
    private static final Throttling THROTTLING = new Throttling(response -> false, TelegramApi::retryAfter);

    private final PlatformApi api;
    private final String methodBase;

    TelegramApi(WebClient client, RetryingSender sender, URI apiBase, String botToken) {
        this.api = new PlatformApi(client, sender, PLATFORM);
        this.methodBase = PlatformApi.endpoint(apiBase, "/bot" + botToken + "/");
    }

    /** Calls a method; completes with its answer once Telegram took it. */
    CompletableFuture<JsonObject> call(String method, JsonObject parameters) {
        return api.post(methodBase + method, request -> request.sendJsonObject(parameters), THROTTLING)
                .thenApply(TelegramApi::answer);
    }

    private static JsonObject answer(HttpResponse<Buffer> response) {
        JsonObject json = json(response);
        if (json != null && Boolean.FALSE.equals(json.getValue("ok"))) {
            throw new DeliveryFailedException(PLATFORM + " refused the message: " + json.getString("description", "no reason given"));
        }
        return json == null ? new JsonObject() : json;
    }

    /** Telegram says how long to wait in {@code parameters.retry_after}; a Retry-After header counts too. */
    private static Duration retryAfter(HttpResponse<Buffer> response) {
        Duration header = RetryAfter.fromHeader(response);
        if (header != null) {
            return header;
        }
        JsonObject json = json(response);
        JsonObject parameters = json == null ? null : json.getJsonObject("parameters");
        Integer seconds = parameters == null ? null : parameters.getInteger("retry_after");
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    private static JsonObject json(HttpResponse<Buffer> response) {
        try {
            return response.body() == null ? null : response.bodyAsJsonObject();
        } catch (DecodeException | ClassCastException e) {
            return null;
        }
    }
}
