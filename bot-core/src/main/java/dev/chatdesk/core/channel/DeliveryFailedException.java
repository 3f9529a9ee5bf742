package dev.chatdesk.core.channel;

/**
 * A message a platform finally did not take. The message is one sentence for agents, naming the
 * platform's answer; it never carries tokens, URLs with tokens, or the message's text.
 */
public final class DeliveryFailedException extends RuntimeException {
    /** A failure with its reason for agents. */
    public DeliveryFailedException(String reason) {
        super(reason, null, false, false);
    }
}
