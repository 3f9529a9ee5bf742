package dev.chatdesk.core.conversation;

/**
 * The customer of a conversation, as far as the channel tells us; every part may be null.
 *
 * @param externalId the company's own id for the customer
 * @param name how the customer is called
 * @param email the customer's e-mail address
 */
public record Customer(String externalId, String name, String email) {
    /** A customer we know nothing about. */
    public static final Customer ANONYMOUS = new Customer(null, null, null);
}
