package dev.chatdesk.core.bot;

/** What kind of value a flow slot takes, which decides how it is read from a message. */
public enum SlotType {
    /** The part of the message that matches the slot's regular expression. */
    PATTERN,
    /** An e-mail address. */
    EMAIL,
    /** A yes or a no (the bot's affirm/deny intents, or the words themselves). */
    YES_NO,
    /** One of the slot's options, by title, value or button. */
    CHOICE,
    /** Any text. */
    TEXT
}
