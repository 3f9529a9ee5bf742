package dev.chatdesk.core.conversation;

import dev.chatdesk.core.nlu.SentimentLabel;
import java.time.Instant;

/**
 * The sentiment of one of a customer's messages, a point of their sentiment over time.
 *
 * @param conversationId the conversation it was written in
 * @param at when
 * @param label its sentiment
 * @param anger how angry it sounded, 0 to 1
 */
public record CustomerMood(String conversationId, Instant at, SentimentLabel label, double anger) {}
