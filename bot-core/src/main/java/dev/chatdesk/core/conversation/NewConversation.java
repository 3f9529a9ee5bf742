package dev.chatdesk.core.conversation;

/**
 * A conversation about to be started.
 *
 * @param channel the channel it runs on, such as {@code web} or {@code telegram}
 * @param channelAddress where the channel delivers replies (a chat id, a phone number; null for web)
 * @param customer who the customer is
 * @param locale the customer's language, such as {@code en}
 * @param tokenHash the hash of the customer's secret token (null for platform channels)
 */
public record NewConversation(
        String channel, String channelAddress, Customer customer, String locale, String tokenHash) {
    /** Normalises a missing customer to an anonymous one. */
    public NewConversation {
        customer = customer == null ? Customer.ANONYMOUS : customer;
    }
}
