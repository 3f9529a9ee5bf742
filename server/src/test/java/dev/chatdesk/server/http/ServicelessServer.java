package dev.chatdesk.server.http;

import dev.chatdesk.connectors.admin.KnowledgeBaseApi;
import dev.chatdesk.connectors.agent.AgentApi;
import dev.chatdesk.connectors.agent.CustomerDataApi;
import dev.chatdesk.connectors.agent.CustomerProfileApi;
import dev.chatdesk.connectors.agent.SavedRepliesApi;
import dev.chatdesk.connectors.http.LocalRateLimitBuckets;
import dev.chatdesk.connectors.http.RateLimiter;
import dev.chatdesk.connectors.http.TrustedProxies;
import dev.chatdesk.connectors.insights.DraftsApi;
import dev.chatdesk.connectors.insights.InsightsApi;
import dev.chatdesk.connectors.platform.PlatformDelivery;
import dev.chatdesk.connectors.platform.PlatformWebhooks;
import dev.chatdesk.connectors.platform.RetryPolicy;
import dev.chatdesk.connectors.platform.RetryingSender;
import dev.chatdesk.connectors.web.CustomerApi;
import dev.chatdesk.connectors.web.CustomerIdentity;
import dev.chatdesk.server.app.PlatformConnectors;
import dev.chatdesk.server.config.CommandLineOverrides;
import dev.chatdesk.server.config.ConfigLoader;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The real router on a free port with no services behind it: enough for what the router itself
 * does (CORS, pages, health), without a model, a store, an index or a messaging platform.
 */
final class ServicelessServer implements AutoCloseable {
    private final Vertx vertx = Vertx.vertx();
    private final HttpVerticle verticle;
    private final HttpClient http = HttpClient.newHttpClient();

    /** Starts it with the given CORS allow-list. */
    ServicelessServer(List<String> corsOrigins) {
        this(corsOrigins, ConnectionLimits.DEFAULTS);
    }

    /** Starts it with the given CORS allow-list and connection limits. */
    ServicelessServer(List<String> corsOrigins, ConnectionLimits limits) {
        this(corsOrigins, limits, null);
    }

    /** Starts it with /metrics behind the given token. */
    ServicelessServer(String metricsToken) {
        this(List.of("*"), ConnectionLimits.DEFAULTS, metricsToken);
    }

    private ServicelessServer(List<String> corsOrigins, ConnectionLimits limits, String metricsToken) {
        verticle = new HttpVerticle(apis(vertx, Map.of(), corsOrigins, metricsToken), "127.0.0.1", 0, limits);
        vertx.deployVerticle(verticle).await();
    }

    /** Its TCP port. */
    int port() {
        return verticle.actualPort();
    }

    /**
     * Every API with no services behind it; a connector is mounted when {@code environment}
     * configures it, as in the server.
     */
    static HttpApis apis(Vertx vertx, Map<String, String> environment, List<String> corsOrigins) {
        return apis(vertx, environment, corsOrigins, null);
    }

    private static HttpApis apis(Vertx vertx, Map<String, String> environment, List<String> corsOrigins, String metricsToken) {
        RateLimiter unlimited = new RateLimiter("unlimited", 1_000_000, new LocalRateLimitBuckets());
        return new HttpApis(
                new CustomerApi(null, new CustomerIdentity(null), null, unlimited, unlimited, 4000),
                new AgentApi(null, null, null, null, Runnable::run, unlimited, 4000, null,
                        new SavedRepliesApi(null, Runnable::run, Clock.systemUTC())),
                new CustomerDataApi(null, new CustomerProfileApi(null, null, Runnable::run, Clock.systemUTC()), Runnable::run, Clock.systemUTC()),
                new KnowledgeBaseApi(null, Runnable::run, unlimited),
                new InsightsApi(null, 0.5, null, Runnable::run, Clock.systemUTC()),
                new DraftsApi(null, Runnable::run),
                new PlatformWebhooks(PlatformConnectors.create(
                        ConfigLoader.load(null, environment, CommandLineOverrides.NONE).connectors(),
                        WebClient.create(vertx), new RetryingSender(vertx, RetryPolicy.defaults()), Clock.systemUTC()),
                        null, null, null, new PlatformDelivery(List.of(), null, null, Runnable::run), Runnable::run, 4000),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                () -> Future.succeededFuture(new JsonObject().put("status", "ready")),
                65_536,
                corsOrigins,
                new TrustedProxies(List.of()),
                metricsToken);
    }

    /** Its address, such as {@code http://127.0.0.1:41234}. */
    String base() {
        return "http://127.0.0.1:" + port();
    }

    /** A request to a path of it. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path));
    }

    /** Sends a request and reads the answer as text. */
    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        vertx.close().await();
    }
}
