package dev.chatdesk.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What agents see of a customer beside a conversation: who they are on each channel, every
 * conversation with how it ended, how they felt over time, their ratings and the team's tags. A
 * customer is one stored row; verified customers with the same e-mail address on other channels
 * (or other rows) are the same person, and their conversations count here too.
 *
 * @param customerId the customer's number in the store
 * @param customer the channel's latest details of them
 * @param firstSeenAt when the store first saw them (the earliest of the linked rows)
 * @param identities each channel identity linked to them ({@code telegram:12345}, {@code web:cust-42}), verified ones only
 * @param linkedCustomerIds the other rows counted as this customer (same verified e-mail address)
 * @param conversationCount how many conversations they had
 * @param conversations their conversations, newest first (the latest {@link #MAX_CONVERSATIONS})
 * @param sentiment their messages' sentiment, oldest first (the latest {@link #MAX_SENTIMENT})
 * @param tags the team's tags, in the order they were added
 */
public record CustomerProfile(long customerId, Customer customer, Instant firstSeenAt, List<String> identities,
        List<Long> linkedCustomerIds, long conversationCount, List<CustomerConversation> conversations, List<CustomerMood> sentiment,
        List<CustomerTag> tags) {
    /** The most conversations a profile lists. */
    public static final int MAX_CONVERSATIONS = 100;
    /** The most sentiment points a profile holds. */
    public static final int MAX_SENTIMENT = 200;

    /** Copies the lists. */
    public CustomerProfile {
        identities = List.copyOf(identities);
        linkedCustomerIds = List.copyOf(linkedCustomerIds);
        conversations = List.copyOf(conversations);
        sentiment = List.copyOf(sentiment);
        tags = List.copyOf(tags);
    }

    /** The average of the customer's ratings of the conversations listed, null when they gave none. */
    public Double averageRating() {
        OptionalDouble average = conversations.stream().filter(c -> c.rating() != null)
                .mapToInt(CustomerConversation::rating).average();
        return average.isPresent() ? average.getAsDouble() : null;
    }

    /** How many of the conversations listed they rated. */
    public long ratings() {
        return conversations.stream().filter(c -> c.rating() != null).count();
    }
}
