package dev.chatdesk.connectors.platform;

/** What a platform user sent, as far as the conversation cares. */
public enum InboundKind {
    /** A text message: the customer's words. */
    TEXT,
    /** A pressed quick-reply button: its payload is sent as the customer's message. */
    BUTTON,
    /** The user opened the chat (Telegram's /start): the conversation starts with the bot's greeting. */
    START,
    /** Anything else (a sticker, a photo, a file): answered that only text is read. */
    UNSUPPORTED
}
