package dev.chatdesk.core.conversation;

import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.LanguageDetector;
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
 * @param language the language it is in; null: detected from its text
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
        String author,
        Language language) {
    /** Normalises missing lists to empty ones, and detects a missing language from the text. */
    public Message {
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        sources = sources == null ? List.of() : List.copyOf(sources);
        language = language == null ? LanguageDetector.detect(text) : language;
    }

    /** A message whose language is detected from its text. */
    public Message(String id, String conversationId, long seq, Role role, String text, Instant createdAt,
            List<QuickReply> quickReplies, List<Source> sources, MessageNlu nlu, String clientMessageId, String inReplyTo,
            String author) {
        this(id, conversationId, seq, role, text, createdAt, quickReplies, sources, nlu, clientMessageId, inReplyTo, author,
                null);
    }

    /** This message with what the model understood of it. */
    public Message withNlu(MessageNlu understood) {
        return new Message(id, conversationId, seq, role, text, createdAt, quickReplies, sources, understood,
                clientMessageId, inReplyTo, author, language);
    }
}
