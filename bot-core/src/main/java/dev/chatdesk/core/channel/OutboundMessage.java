package dev.chatdesk.core.channel;

import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.conversation.Message;
import java.util.List;
import java.util.Objects;

/**
 * What a channel sends: a text, with the buttons offered under it.
 *
 * @param text what the message says
 * @param quickReplies buttons offered with it (empty for none)
 */
public record OutboundMessage(String text, List<QuickReply> quickReplies) {
    /** Checks the text and copies the buttons. */
    public OutboundMessage {
        Objects.requireNonNull(text, "text");
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }

    /** A plain text without buttons. */
    public static OutboundMessage text(String text) {
        return new OutboundMessage(text, List.of());
    }

    /** A stored message as the customer sees it. */
    public static OutboundMessage of(Message message) {
        return new OutboundMessage(message.text(), message.quickReplies());
    }
}
