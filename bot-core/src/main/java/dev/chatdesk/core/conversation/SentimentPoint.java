package dev.chatdesk.core.conversation;

import dev.chatdesk.core.nlu.SentimentLabel;

/**
 * The sentiment of one customer message, a point of a conversation's sentiment trend.
 *
 * @param seq the message's sequence number
 * @param label its sentiment label
 * @param score the model's probability of that label
 * @param anger how angry the customer sounded
 */
public record SentimentPoint(long seq, SentimentLabel label, double score, double anger) {}
