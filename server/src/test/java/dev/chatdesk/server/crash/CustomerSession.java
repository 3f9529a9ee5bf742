package dev.chatdesk.server.crash;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One customer's conversation under load and what the server acknowledged in it: written by the
 * customer's own thread, read by the test once that thread has ended.
 */
final class CustomerSession {
    /**
     * A customer message the server answered with 200, so it promised to have stored it.
     *
     * @param clientMessageId the id the customer sent it with
     * @param messageId the id the server gave it
     * @param seq its place in the conversation
     */
    record Acknowledged(String clientMessageId, String messageId, long seq) {}

    private final String conversationId;
    private final String token;
    private final List<Acknowledged> acknowledged = new ArrayList<>();
    private final List<String> rejections = new ArrayList<>();
    private boolean escalated;
    private Exception cutOffBy;

    CustomerSession(String conversationId, String token) {
        this.conversationId = conversationId;
        this.token = token;
    }

    String conversationId() {
        return conversationId;
    }

    String token() {
        return token;
    }

    synchronized void acknowledge(Acknowledged message) {
        acknowledged.add(message);
    }

    synchronized void reject(String what) {
        rejections.add(what);
    }

    synchronized void escalated() {
        escalated = true;
    }

    synchronized void cutOff(Exception cause) {
        cutOffBy = cause;
    }

    /** Every acknowledgement in the order it came, a retried message once per answer. */
    synchronized List<Acknowledged> acknowledgements() {
        return List.copyOf(acknowledged);
    }

    /** The acknowledged messages, each once (its first acknowledgement), in the order they were acknowledged. */
    synchronized List<Acknowledged> acknowledgedMessages() {
        Map<String, Acknowledged> first = new LinkedHashMap<>();
        acknowledged.forEach(a -> first.putIfAbsent(a.clientMessageId(), a));
        return List.copyOf(first.values());
    }

    /** Whether an answer of the server said the conversation was waiting for an agent. */
    synchronized boolean wasAcknowledgedAsEscalated() {
        return escalated;
    }

    /** Requests the server answered with an error status (not acknowledged). */
    synchronized List<String> rejections() {
        return List.copyOf(rejections);
    }

    @Override
    public synchronized String toString() {
        return conversationId + ": " + acknowledgedMessages().size() + " messages acknowledged"
                + (escalated ? ", escalated" : "") + (rejections.isEmpty() ? "" : ", rejected: " + rejections)
                + (cutOffBy == null ? "" : ", cut off by " + cutOffBy);
    }
}
