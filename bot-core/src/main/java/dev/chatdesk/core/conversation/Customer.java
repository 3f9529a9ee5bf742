package dev.chatdesk.core.conversation;

/**
 * The customer of a conversation, as far as the channel tells us; every part but {@code verified}
 * may be null.
 *
 * @param externalId the customer's id on the channel: a messaging platform's user id or phone
 *     number, or the website's own id for a signed-in visitor. Ids of different channels never meet:
 *     the store keeps them apart
 * @param name how the customer is called
 * @param email the customer's e-mail address
 * @param verified whether the channel vouches for who this is: a platform's signed webhook, or a
 *     website's identity hash of the id. Only verified customers are linked to earlier conversations
 *     (by id or e-mail address) and may change a stored name or e-mail address
 */
public record Customer(String externalId, String name, String email, boolean verified) {
    /** A customer we know nothing about. */
    public static final Customer ANONYMOUS = new Customer(null, null, null, false);

    /** A customer a messaging platform names in a signed webhook: verified when it gives an id. */
    public Customer(String externalId, String name, String email) {
        this(externalId, name, email, externalId != null);
    }

    /**
     * This verified customer as stored over what was known of them: the name and e-mail address
     * given now replace the known ones, those left null keep them.
     */
    public Customer updating(Customer known) {
        return new Customer(externalId, name != null ? name : known.name(), email != null ? email : known.email(), verified);
    }

    /** A website visitor nobody vouches for: what they typed is kept, linked to nobody. */
    public static Customer unverified(String name, String email) {
        return new Customer(null, name, email, false);
    }
}
