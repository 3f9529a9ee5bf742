package dev.chatdesk.connectors.platform;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One platform's HTTP API: POSTs to its endpoints through the {@link RetryingSender}, each attempt
 * with a time limit. Thread-safe.
 */
public final class PlatformApi {
    private static final long TIMEOUT_MS = 10_000;

    private final WebClient client;
    private final RetryingSender sender;
    private final String platform;

    /** The API of {@code platform} (its name, for failure messages). */
    public PlatformApi(WebClient client, RetryingSender sender, String platform) {
        this.client = client;
        this.sender = sender;
        this.platform = platform;
    }

    /** The address of an endpoint: the configured API base (trailing slashes dropped), then the path. */
    public static String endpoint(URI apiBase, String path) {
        return apiBase.toString().replaceAll("/+$", "") + path;
    }

    /**
     * POSTs to {@code url} until the platform takes it, reading waits from the Retry-After header.
     *
     * @param send adds what the platform needs (authentication, headers) and sends the body
     */
    public CompletableFuture<HttpResponse<Buffer>> post(String url, Function<HttpRequest<Buffer>, Future<HttpResponse<Buffer>>> send) {
        return sender.send(platform, () -> send.apply(client.postAbs(url).timeout(TIMEOUT_MS)));
    }

    /** As {@link #post(String, Function)}, with the platform's own way of saying "try later". */
    public CompletableFuture<HttpResponse<Buffer>> post(String url, Function<HttpRequest<Buffer>, Future<HttpResponse<Buffer>>> send,
            Throttling throttling) {
        return sender.send(platform, () -> send.apply(client.postAbs(url).timeout(TIMEOUT_MS)), throttling);
    }
}
