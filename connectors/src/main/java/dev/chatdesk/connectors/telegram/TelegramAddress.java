package dev.chatdesk.connectors.telegram;

import dev.chatdesk.connectors.platform.ChannelAddress;

/** A Telegram conversation's address: the chat and the user, so that each user of a group chat has their own conversation. */
final class TelegramAddress {
    private TelegramAddress() {}

    /** The address of a user in a chat. */
    static String of(String chatId, String userId) {
        return ChannelAddress.join(chatId, userId);
    }

    /** The address's chat id, as the number Telegram uses where it is one. */
    static Object chatId(String address) {
        String chat = ChannelAddress.split(address).get(0);
        try {
            return Long.parseLong(chat);
        } catch (NumberFormatException e) {
            return chat;
        }
    }
}
