package dev.chatdesk.server.config;

import dev.chatdesk.connectors.http.TrustedProxies;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The HTTP listener.
 *
 * @param port the TCP port; 0 picks a free one
 * @param host the address to bind
 * @param publicUrl the server's address as browsers and platforms reach it; null: unknown
 * @param bodyLimitBytes the largest request body accepted
 * @param corsOrigins the origins allowed to call the API from browsers; {@code *} allows any
 * @param headerTimeout how long a new connection may take to send a request's headers
 * @param idleTimeout how long a connection may stay with nothing sent or received
 * @param maxConnections the most connections open at once
 * @param trustedProxies the load balancers in front of the server, whose {@code X-Forwarded-For}
 *     names the client (addresses or CIDR ranges)
 * @param metricsToken the bearer token a scrape of {@code /metrics} needs; null: served to this machine only
 */
public record ServerConfig(
        @Key(defaultValue = "8080", min = 0, max = 65535,
                doc = "TCP port of the HTTP server; 0 picks a free port.")
        int port,
        @Key(defaultValue = "0.0.0.0", doc = "Address the HTTP server binds to.")
        String host,
        @Key(doc = "The server's address as customers' browsers and platforms reach it, "
                + "such as https://chat.example.com.")
        URI publicUrl,
        @Key(defaultValue = "65536", min = 1,
                doc = "Largest request body accepted, in bytes; a larger one is answered with 413.")
        int bodyLimitBytes,
        @Key(defaultValue = "*",
                doc = "Origins allowed to call the API from browsers (CORS); * allows any. "
                        + "A list in the file, comma-separated in the environment.")
        List<String> corsOrigins,
        @Key(defaultValue = "PT10S", doc = "How long a new connection may take to send a request's headers; "
                + "then it is closed (a slow-loris sends them a byte at a time).")
        Duration headerTimeout,
        @Key(defaultValue = "PT60S", doc = "A connection with nothing sent or received for this long is closed.")
        Duration idleTimeout,
        @Key(defaultValue = "10000", min = 1, doc = "The most connections open at once; more are closed as they open.")
        int maxConnections,
        @Key(doc = "Load balancers and proxies in front of the server, as addresses or CIDR ranges "
                + "(10.0.0.0/8); only their X-Forwarded-For is believed when limiting clients' rates. "
                + "A list in the file, comma-separated in the environment.")
        List<String> trustedProxies,
        @Key(doc = "Bearer token a scrape of /metrics needs (Authorization: Bearer ...); unset: /metrics "
                + "answers requests from this machine only.")
        Secret metricsToken) {
    /** Keeps the lists immutable. */
    public ServerConfig {
        corsOrigins = List.copyOf(corsOrigins);
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        try {
            new TrustedProxies(trustedProxies);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("server.trustedProxies: " + e.getMessage(), e);
        }
    }
}
