package dev.chatdesk.core.bot;

/**
 * One answer a choice slot offers.
 *
 * @param title the button's text
 * @param value the value stored when it is chosen
 */
public record SlotOption(String title, String value) {}
