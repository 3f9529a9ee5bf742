package dev.chatdesk.connectors.http;

import io.vertx.ext.web.RoutingContext;

/**
 * The key a client is rate-limited by: its address, as the server's first handler worked it out
 * (behind trusted proxies, from {@code X-Forwarded-For}), else the connection's remote address.
 */
public final class ClientAddress {
    private static final String KEY = "chatdesk.clientAddress";

    private ClientAddress() {}

    /** Works out the request's client address once, for every later {@link #of}. */
    public static void resolve(RoutingContext ctx, TrustedProxies proxies) {
        ctx.put(KEY, proxies.clientOf(remote(ctx), ctx.request().headers().getAll("X-Forwarded-For")));
    }

    /** The client's address as text. */
    public static String of(RoutingContext ctx) {
        String resolved = ctx.get(KEY);
        return resolved != null ? resolved : remote(ctx);
    }

    private static String remote(RoutingContext ctx) {
        var address = ctx.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
