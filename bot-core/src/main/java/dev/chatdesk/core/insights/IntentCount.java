package dev.chatdesk.core.insights;

/**
 * How often the model read an intent in customers' messages.
 *
 * @param name the intent
 * @param count the messages read as it
 */
public record IntentCount(String name, long count) {}
