package dev.chatdesk.server.http;

import dev.chatdesk.connectors.http.ApiError;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * CORS with the configured allow-list, for pages of other sites that embed the widget. A request
 * from one of our own pages (the demo shop, the agent console) is not cross-origin and passes
 * whatever the list says: browsers send {@code Origin} on same-origin POSTs and WebSocket
 * handshakes too, and Vert.x's {@link CorsHandler} alone would refuse them when the list names
 * only the customer's site. Sign-in, agent, admin and metrics routes are never granted to another
 * site, whatever the list says (a 403).
 */
final class CrossOriginHandler implements Handler<RoutingContext> {
    private static final List<String> STAFF_ONLY = List.of("/api/v1/auth", "/api/v1/agent", "/api/v1/admin", "/metrics");

    private final CorsHandler cors;

    /** A handler for the given origins; {@code *} among them allows any. */
    CrossOriginHandler(List<String> allowedOrigins) {
        cors = CorsHandler.create()
                .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE))
                .allowedHeaders(Set.of("Authorization", "Content-Type"));
        if (!allowedOrigins.contains("*")) {
            cors.addOrigins(allowedOrigins);
        }
    }

    @Override
    public void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        if (origin == null || sameHost(origin, ctx.request().authority())) {
            ctx.next();
        } else if (isStaffOnly(ctx.normalizedPath())) {
            throw ApiError.of(403, "cross_origin_forbidden",
                    "Agent, admin and sign-in calls are taken only from Chatdesk's own pages, never from another site's.");
        } else {
            cors.handle(ctx);
        }
    }

    /** Sign-in, agent and admin routes: the allow-list is for sites that embed the widget, never for these. */
    private static boolean isStaffOnly(String path) {
        return STAFF_ONLY.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    /** Whether the page that sent the request came from the host and port the request went to. */
    static boolean sameHost(String origin, HostAndPort requested) {
        if (requested == null) {
            return false;
        }
        URI page;
        try {
            page = URI.create(origin);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (page.getHost() == null) {
            return false;
        }
        int pagePort = page.getPort() != -1 ? page.getPort() : "https".equalsIgnoreCase(page.getScheme()) ? 443 : 80;
        // A Host without a port means the default port of the scheme the browser used, which is the page's own.
        int requestedPort = requested.port() != -1 ? requested.port() : pagePort;
        return page.getHost().equalsIgnoreCase(requested.host()) && pagePort == requestedPort;
    }
}
