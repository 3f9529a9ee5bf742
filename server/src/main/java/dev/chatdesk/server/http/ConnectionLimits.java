package dev.chatdesk.server.http;

import java.time.Duration;

/**
 * What one client connection may hold of the server: a connection that has not sent a request's
 * headers in time is closed (a slow-loris sends them a byte at a time), so is one with nothing sent
 * or received for a while, and connections over the cap are closed as they open.
 *
 * @param headerTimeout how long a new connection may take to send its first request's headers
 * @param idleTimeout how long a connection may stay without a byte either way (a stalled body too)
 * @param maxConnections the most connections open at once
 */
public record ConnectionLimits(Duration headerTimeout, Duration idleTimeout, int maxConnections) {
    /** The limits a server has unless configured: 10 s for headers, 60 s idle, 10,000 connections. */
    public static final ConnectionLimits DEFAULTS = new ConnectionLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), 10_000);
}
