package dev.chatdesk.core.channel;

import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.Source;
import dev.chatdesk.core.nlu.Language;
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

    /**
     * A stored message as a messaging platform's customer sees it: its text, then each article it
     * quotes with its title and address, in the message's language (the widget shows them as links).
     */
    public static OutboundMessage of(Message message) {
        StringBuilder text = new StringBuilder(message.text());
        for (Source source : message.sources()) {
            text.append("\n\n").append((message.language() == Language.ZH ? "摘自帮助文章《%s》：%s" : "From our help article \"%s\": %s")
                    .formatted(source.title(), source.url()));
        }
        return new OutboundMessage(text.toString(), message.quickReplies());
    }
}
