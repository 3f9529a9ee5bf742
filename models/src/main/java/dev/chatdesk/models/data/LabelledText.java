package dev.chatdesk.models.data;

/**
 * A text with its class, such as an intent example.
 *
 * @param text the message
 * @param label its class
 */
public record LabelledText(String text, String label) {}
