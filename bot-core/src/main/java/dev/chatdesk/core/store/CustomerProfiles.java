package dev.chatdesk.core.store;

import dev.chatdesk.core.conversation.CustomerProfile;
import dev.chatdesk.core.conversation.CustomerTag;
import java.util.List;
import java.util.Optional;

/** Customers' profiles and the team's tags on them. Thread-safe; calls block: make them off event loops. */
public interface CustomerProfiles {
    /** The customer's profile with what is linked to them; empty when there is no such customer. */
    Optional<CustomerProfile> profile(long customerId);

    /**
     * Tags the customer (again: no change); their tags after it.
     *
     * @throws java.util.NoSuchElementException when there is no such customer
     */
    List<CustomerTag> tag(long customerId, CustomerTag tag);

    /**
     * Takes the tag off the customer and the customers linked to them (no change when none has it); their tags after it.
     *
     * @throws java.util.NoSuchElementException when there is no such customer
     */
    List<CustomerTag> untag(long customerId, String tag);
}
