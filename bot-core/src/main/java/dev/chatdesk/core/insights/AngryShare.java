package dev.chatdesk.core.insights;

/**
 * How many conversations in which customers wrote in a time window had an angry message.
 *
 * @param conversations conversations with a customer message in the window that the model read
 * @param angry those with at least one angry message in the window
 */
public record AngryShare(long conversations, long angry) {
    /** The share of them that were angry (0 when there were none). */
    public double share() {
        return conversations == 0 ? 0 : (double) angry / conversations;
    }

    /** This window's counts added to another's. */
    public AngryShare plus(AngryShare other) {
        return new AngryShare(conversations + other.conversations, angry + other.angry);
    }
}
