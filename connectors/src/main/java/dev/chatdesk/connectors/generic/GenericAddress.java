package dev.chatdesk.connectors.generic;

import dev.chatdesk.connectors.platform.ChannelAddress;
import java.util.List;

/** A generic-webhook conversation's address: the user, and the chat when the sender names one. */
final class GenericAddress {
    private GenericAddress() {}

    /** The address of a user, in a chat when {@code chatId} is not null. */
    static String of(String userId, String chatId) {
        return chatId == null ? ChannelAddress.join(userId) : ChannelAddress.join(userId, chatId);
    }

    /** The user id of an address. */
    static String userId(String address) {
        return ChannelAddress.split(address).get(0);
    }

    /** The chat id of an address, or null. */
    static String chatId(String address) {
        List<String> parts = ChannelAddress.split(address);
        return parts.size() > 1 ? parts.get(1) : null;
    }
}
