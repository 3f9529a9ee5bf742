package dev.chatdesk.core.bot;

import java.util.List;

/**
 * One variation of what the bot answers to an intent.
 *
 * @param text the answer
 * @param quickReplies buttons offered with it
 */
public record BotResponse(String text, List<QuickReply> quickReplies) {
    /** Normalises a missing list of buttons to an empty one. */
    public BotResponse {
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }
}
