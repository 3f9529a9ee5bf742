package dev.chatdesk.core.bot;

/**
 * A button offered under a bot message.
 *
 * @param title what the button says
 * @param payload what is sent back when it is pressed ({@code /intent_name} picks an intent)
 */
public record QuickReply(String title, String payload) {}
