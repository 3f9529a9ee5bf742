package dev.chatdesk.core.conversation;

import dev.chatdesk.core.bot.QuickReply;
import java.time.Instant;
import java.util.List;

/**
 * A stored message. Sequence numbers count from 1 within a conversation, in the order the store
 * took the messages.
 *
 * @param id the message's id
 * @param conversationId its conversation
 * @param seq its place in the conversation
 * @param role who wrote it
 * @param text what it says
 * @param createdAt when it was stored
 * @param quickReplies buttons offered with it
 * @param sources articles it cites
 * @param nlu what the model understood of it (customer messages that were read; null otherwise)
 * @param clientMessageId the client's id for it (may be null)
 * @param inReplyTo the customer message it answers (may be null)
 * @param author the agent who wrote it (may be null)
 */
public record Message(
        String id,
        String conversationId,
        long seq,
        Role role,
        String text,
        Instant createdAt,
        List<QuickReply> quickReplies,
        List<Source> sources,
        MessageNlu nlu,
        String clientMessageId,
        String inReplyTo,
        String author) {
    /** Normalises missing lists to empty ones. */
    public Message {
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** This message with what the model understood of it. */
    public Message withNlu(MessageNlu understood) {
        return new Message(id, conversationId, seq, role, text, createdAt, quickReplies, sources, understood,
                clientMessageId, inReplyTo, author);
    }
}
