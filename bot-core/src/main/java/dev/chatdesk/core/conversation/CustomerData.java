package dev.chatdesk.core.conversation;

import java.time.Instant;
import java.util.Optional;

/** Everything stored about one customer, to hand it to them on request or erase it (GDPR, PIPL). */
public interface CustomerData {
    /** All the customer's data, empty when there is no such customer. */
    Optional<CustomerExport> export(long customerId);

    /**
     * Erases the customer and everything of theirs: their conversations with every message,
     * escalation and rating, and platform deliveries not yet processed that came from them. The
     * freed space is overwritten, so no trace stays in the store's files. False when there was no such customer.
     */
    boolean erase(long customerId);

    /**
     * Erases up to {@code limit} closed conversations last changed before {@code closedBefore}, as
     * {@link #erase} does, and customers left with no conversation; the number of conversations erased.
     */
    int eraseClosedBefore(Instant closedBefore, int limit);
}
