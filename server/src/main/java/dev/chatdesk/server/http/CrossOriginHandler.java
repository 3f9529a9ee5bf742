package dev.chatdesk.server.http;

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
 * only the customer's site.
 */
final class CrossOriginHandler implements Handler<RoutingContext> {
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
        if (origin != null && sameHost(origin, ctx.request().authority())) {
            ctx.next();
        } else {
            cors.handle(ctx);
        }
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
