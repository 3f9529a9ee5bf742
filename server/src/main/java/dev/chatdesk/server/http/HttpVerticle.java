package dev.chatdesk.server.http;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.ClientAddress;
import dev.chatdesk.connectors.http.ErrorResponses;
import dev.chatdesk.connectors.http.Tokens;
import dev.chatdesk.connectors.http.TrustedProxies;
import dev.chatdesk.connectors.platform.Signatures;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The HTTP server: mounts every API on one router with one failure handler, and listens, holding connections to their limits. */
public final class HttpVerticle extends VerticleBase {
    private static final TrustedProxies THIS_MACHINE = new TrustedProxies(List.of("127.0.0.0/8", "::1"));
    private static final Set<HttpMethod> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final HttpApis apis;
    private final String host;
    private final int port;
    private final ConnectionLimits limits;
    private final AtomicInteger openConnections = new AtomicInteger();
    /** Connections that have not sent a request's headers yet. */
    private final Set<HttpConnection> awaitingHeaders = ConcurrentHashMap.newKeySet();
    private HttpServer server;

    /** A server of the given APIs on host and port (0 picks a free port), with default connection limits. */
    public HttpVerticle(HttpApis apis, String host, int port) {
        this(apis, host, port, ConnectionLimits.DEFAULTS);
    }

    /** A server of the given APIs on host and port (0 picks a free port), holding connections to the limits. */
    public HttpVerticle(HttpApis apis, String host, int port, ConnectionLimits limits) {
        this.apis = apis;
        this.host = host;
        this.port = port;
        this.limits = limits;
    }

    @Override
    public Future<?> start() {
        // Without h2c, a connection is known (and counted, and timed) as it opens, not at its first bytes.
        HttpServerOptions options = new HttpServerOptions()
                .setHttp2ClearTextEnabled(false)
                .setIdleTimeout((int) limits.idleTimeout().toMillis())
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
        Router router = router();
        return vertx.createHttpServer(options)
                .connectionHandler(this::admit)
                .requestHandler(request -> {
                    awaitingHeaders.remove(request.connection());
                    router.handle(request);
                })
                .listen(port, host)
                .onSuccess(s -> server = s);
    }

    /**
     * Lets a scrape of {@code /metrics} through with the configured bearer token, or, with none
     * configured, from this machine only (its own connection, whatever a proxy header says).
     */
    private void guardMetrics(RoutingContext ctx) {
        if (apis.metricsToken() == null) {
            var peer = ctx.request().remoteAddress();
            if (peer == null || !THIS_MACHINE.contains(peer.hostAddress())) {
                throw ApiError.forbidden("Metrics are served to this machine only; set server.metricsToken to scrape them from elsewhere.");
            }
        } else if (!Signatures.matches(Tokens.bearer(ctx.request().getHeader("Authorization")), apis.metricsToken())) {
            throw ApiError.unauthorized("Metrics need Authorization: Bearer <server.metricsToken>.");
        }
        ctx.next();
    }

    /** Closes a connection over the cap at once, and one that sends no request's headers in time. */
    private void admit(HttpConnection connection) {
        if (openConnections.incrementAndGet() > limits.maxConnections()) {
            connection.closeHandler(ignored -> openConnections.decrementAndGet());
            connection.close();
            return;
        }
        awaitingHeaders.add(connection);
        long timer = vertx.setTimer(limits.headerTimeout().toMillis(), id -> {
            if (awaitingHeaders.remove(connection)) {
                connection.close();
            }
        });
        connection.closeHandler(ignored -> {
            openConnections.decrementAndGet();
            awaitingHeaders.remove(connection);
            vertx.cancelTimer(timer);
        });
    }

    /** The port it listens on. */
    public int actualPort() {
        return server.actualPort();
    }

    /** The router with every route; public so the OpenAPI test can compare its routes with the document. */
    public Router router() {
        Router router = Router.router(vertx);
        router.route().handler(ctx -> {
            ClientAddress.resolve(ctx, apis.proxies());
            ctx.next();
        });
        router.route().handler(new CrossOriginHandler(apis.corsOrigins()));
        router.route().handler(ctx -> {
            ctx.response().putHeader("X-Content-Type-Options", "nosniff");
            ctx.next();
        });
        // WebSocket upgrades are GETs: only requests that carry a body go through the body handler.
        // The route takes every method and passes the others on, so that an unknown path is a 404, not a 405.
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(apis.bodyLimitBytes());
        router.route().handler(ctx -> {
            if (BODY_METHODS.contains(ctx.request().method())) {
                bodies.handle(ctx);
            } else {
                ctx.next();
            }
        });
        router.get("/health/live").handler(ctx -> ctx.json(new JsonObject().put("status", "up")));
        router.get("/health/ready").handler(ctx -> apis.readiness().check().onComplete((report, failure) -> {
            JsonObject body = failure == null ? report : new JsonObject().put("status", "unavailable");
            ctx.response().setStatusCode("ready".equals(body.getString("status")) ? 200 : 503);
            ctx.json(body);
        }));
        router.get("/metrics").handler(this::guardMetrics).handler(PrometheusScrapingHandler.create(apis.metrics()));
        Buffer openApi = OpenApiDocument.load();
        router.get("/openapi.yaml").handler(ctx -> ctx.response()
                .putHeader("Content-Type", "application/yaml; charset=utf-8")
                .end(openApi));
        Pages.mount(router);
        apis.customers().mount(router);
        apis.agents().mount(router);
        apis.customerData().mount(router);
        apis.knowledgeBase().mount(router);
        apis.insights().mount(router);
        apis.drafts().mount(router);
        apis.webhooks().mount(router);
        router.route().failureHandler(new ErrorResponses());
        // What no route's failure handler sees: no route for the path (404) or the method (405), and a
        // failure inside the failure handler itself (500).
        for (int status : new int[] {404, 405, 500}) {
            router.errorHandler(status, ctx -> ErrorResponses.send(ctx, ErrorResponses.toApiError(ctx.failure(), status)));
        }
        return router;
    }

    @Override
    public Future<?> stop() {
        return server == null ? Future.succeededFuture() : server.close();
    }
}
