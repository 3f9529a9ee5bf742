package dev.chatdesk.core.conversation;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.LanguageDetector;
import java.util.List;

/**
 * A message about to be stored; the store gives it its id, sequence number and time.
 *
 * @param role who wrote it
 * @param text what it says
 * @param quickReplies buttons offered with a bot message (empty otherwise)
 * @param sources articles a bot message cites (empty otherwise)
 * @param nlu what the model understood of a customer message (null otherwise)
 * @param clientMessageId the client's id for a customer message, so a retry is recognised (may be null)
 * @param inReplyTo the id of the customer message this bot message answers (may be null)
 * @param author the agent's name for an agent message (null otherwise)
 * @param language the language it is in; null: detected from its text
 */
public record NewMessage(
        Role role,
        String text,
        List<QuickReply> quickReplies,
        List<Source> sources,
        MessageNlu nlu,
        String clientMessageId,
        String inReplyTo,
        String author,
        Language language) {
    /** Requires a role and a text; normalises missing lists to empty ones, and detects a missing language from the text. */
    public NewMessage {
        requireNonNull(role, "role");
        requireNonNull(text, "text");
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        sources = sources == null ? List.of() : List.copyOf(sources);
        language = language == null ? LanguageDetector.detect(text) : language;
    }

    /** A message whose language is detected from its text. */
    public NewMessage(Role role, String text, List<QuickReply> quickReplies, List<Source> sources, MessageNlu nlu,
            String clientMessageId, String inReplyTo, String author) {
        this(role, text, quickReplies, sources, nlu, clientMessageId, inReplyTo, author, null);
    }

    /** A customer's message, before the model has read it. */
    public static NewMessage fromCustomer(String text, String clientMessageId) {
        return fromCustomer(text, clientMessageId, null);
    }

    /** A customer's message in a language (null: detected from its text), before the model has read it. */
    public static NewMessage fromCustomer(String text, String clientMessageId, Language language) {
        return new NewMessage(Role.CUSTOMER, text, List.of(), List.of(), null, clientMessageId, null, null, language);
    }

    /** A plain message of the given role. */
    public static NewMessage of(Role role, String text) {
        return new NewMessage(role, text, List.of(), List.of(), null, null, null, null);
    }

    /** A plain message written by someone named: an agent's message or an internal note. */
    public static NewMessage by(String author, Role role, String text) {
        return new NewMessage(role, text, List.of(), List.of(), null, null, null, author);
    }

    /** This message, answering the given customer message. */
    public NewMessage replyingTo(String customerMessageId) {
        return new NewMessage(role, text, quickReplies, sources, nlu, clientMessageId, customerMessageId, author, language);
    }
}
