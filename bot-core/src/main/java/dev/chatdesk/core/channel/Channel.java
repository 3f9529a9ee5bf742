package dev.chatdesk.core.channel;

import java.util.concurrent.CompletableFuture;

/**
 * The output side of a messaging platform: sends a message to an address on the platform (a chat,
 * a phone number). A platform without buttons sends quick replies as it best can, at least as
 * plain text. Implementations are thread-safe and never block the caller.
 */
public interface Channel {
    /** The channel's name as conversations store it, such as {@code telegram}. */
    String name();

    /** The platform's name for people, such as {@code Telegram}. */
    String displayName();

    /**
     * Sends a message to an address (a conversation's {@code channelAddress}).
     *
     * @return completes once the platform took the message; fails with a {@link DeliveryFailedException}
     *     saying why when it finally did not
     */
    CompletableFuture<Void> send(String address, OutboundMessage message);
}
