package dev.chatdesk.core.store.memory;

import dev.chatdesk.core.conversation.AgentAccount;
import dev.chatdesk.core.conversation.AgentSession;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.Feedback;
import dev.chatdesk.core.conversation.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the in-memory stores hold, guarded by the object's own lock: every store method runs
 * synchronized on it, so each is one atomic step, as a transaction is in a database.
 */
final class Memory {
    /** A customer record: verified ones are shared by their conversations on one channel. */
    static final class CustomerRecord {
        final long id;
        Customer customer;

        CustomerRecord(long id, Customer customer) {
            this.id = id;
            this.customer = customer;
        }
    }

    /** A conversation with what belongs to it. */
    static final class ConversationRecord {
        final long order;
        final CustomerRecord customer;
        Conversation conversation;
        String dialogueState;
        final List<Message> messages = new ArrayList<>();
        final List<EscalationRecord> escalations = new ArrayList<>();
        /** The search terms of its messages (its customer's are read from the customer). */
        final Set<String> terms = new HashSet<>();
        /** Every agent who has had it. */
        final Set<String> agents = new HashSet<>();
        Feedback feedback;

        ConversationRecord(long order, CustomerRecord customer, Conversation conversation) {
            this.order = order;
            this.customer = customer;
            this.conversation = conversation;
        }

    }

    /** An escalation, open until it ends. */
    static final class EscalationRecord {
        final long order;
        final Escalation escalation;
        Instant endedAt;
        Instant overdueAt;

        EscalationRecord(long order, Escalation escalation) {
            this.order = order;
            this.escalation = escalation;
        }
    }

    /** A platform delivery: its payload is kept until it is processed. */
    static final class DeliveryRecord {
        final long order;
        final String deliveryId;
        final Instant receivedAt;
        String payload;

        DeliveryRecord(long order, String deliveryId, Instant receivedAt, String payload) {
            this.order = order;
            this.deliveryId = deliveryId;
            this.receivedAt = receivedAt;
            this.payload = payload;
        }
    }

    final Clock clock;
    final Map<String, ConversationRecord> conversations = new LinkedHashMap<>();
    final Map<String, CustomerRecord> verifiedCustomers = new HashMap<>();
    final Map<String, Instant> undelivered = new LinkedHashMap<>();
    final Map<String, Map<String, DeliveryRecord>> deliveries = new HashMap<>();
    final Map<String, AgentAccount> agents = new TreeMap<>();

    /** A conversation as read: with its customer as known now and its agent's display name. */
    Conversation read(ConversationRecord record) {
        Conversation c = record.conversation;
        AgentAccount agent = c.assignee() == null ? null : agents.get(c.assignee());
        return new Conversation(c.id(), c.channel(), c.channelAddress(), record.customer.customer, record.customer.id,
                c.locale(), c.tokenHash(), c.status(), c.assignee(), agent == null ? null : agent.displayName(),
                c.createdAt(), c.updatedAt());
    }
    final Map<String, AgentSession> sessions = new HashMap<>();
    private long nextOrder;

    Memory(Clock clock) {
        // Times are kept to the millisecond, as the databases keep them.
        this.clock = Clock.tick(clock, Duration.ofMillis(1));
    }

    /** The next number of a sequence that orders records made at the same instant. */
    long nextOrder() {
        return ++nextOrder;
    }

    /** The conversation with this id, or the error that names it. */
    ConversationRecord conversation(String id) {
        ConversationRecord record = conversations.get(id);
        if (record == null) {
            throw new NoSuchElementException("No conversation with id " + id);
        }
        return record;
    }
}
