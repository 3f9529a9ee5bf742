package dev.chatdesk.core.bot;

import java.util.List;

/**
 * One variation of what the bot answers to an intent.
 *
 * @param text the answer
 * @param quickReplies buttons offered with it
 * @param keywords words of which a message must contain one for this answer to be chosen before
 *     those without keywords ("student" for the student discount); empty for a general answer
 */
public record BotResponse(String text, List<QuickReply> quickReplies, List<String> keywords) {
    /** Normalises missing lists to empty ones. */
    public BotResponse {
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** An answer for any message. */
    public BotResponse(String text, List<QuickReply> quickReplies) {
        this(text, quickReplies, List.of());
    }
}
