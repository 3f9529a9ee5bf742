package dev.chatdesk.connectors.http;

import io.vertx.ext.web.RoutingContext;

/** The key a client is rate-limited by: its remote address. */
public final class ClientAddress {
    private ClientAddress() {}

    /** The client's address as text. */
    public static String of(RoutingContext ctx) {
        var address = ctx.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
