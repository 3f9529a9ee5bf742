package dev.chatdesk.core.insights;

import dev.chatdesk.core.nlu.Language;
import java.time.Instant;

/**
 * A customer's question the bot could not answer: it fell back, or the customer said "none of
 * these" to the meanings it offered (then the question is the message it had asked about).
 *
 * @param messageId the customer's message
 * @param conversationId its conversation
 * @param text what the customer wrote (as stored: masked where the store masks)
 * @param language the message's language
 * @param at when the bot failed to answer it
 */
public record UnansweredQuestion(String messageId, String conversationId, String text, Language language, Instant at) {}
