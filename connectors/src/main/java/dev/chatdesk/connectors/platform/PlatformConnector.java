package dev.chatdesk.connectors.platform;

import dev.chatdesk.core.channel.Channel;
import java.util.Objects;

/**
 * A messaging platform's two sides: its webhook at {@code /webhooks/<channel name>} and its channel.
 *
 * @param webhook the input side
 * @param channel the output side, whose name conversations store
 */
public record PlatformConnector(PlatformWebhook webhook, Channel channel) {
    /** Checks both sides are there. */
    public PlatformConnector {
        Objects.requireNonNull(webhook, "webhook");
        Objects.requireNonNull(channel, "channel");
    }

    /** The webhook's path. */
    public String path() {
        return "/webhooks/" + channel.name();
    }
}
