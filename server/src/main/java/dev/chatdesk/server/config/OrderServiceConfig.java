package dev.chatdesk.server.config;

/**
 * The fake order API that the demo bot's order-status flow calls.
 *
 * @param enabled whether the server runs it; never null once the configuration is loaded
 * @param port its TCP port; 0 picks a free one
 */
public record OrderServiceConfig(
        @Key(derivedDefault = "true with the demo bot, else false",
                doc = "Whether the server runs the demo shop's order API for the order-status flow.")
        Boolean enabled,
        @Key(defaultValue = "0", min = 0, max = 65535, doc = "TCP port of the demo order API; 0 picks a free port.")
        int port) {}
