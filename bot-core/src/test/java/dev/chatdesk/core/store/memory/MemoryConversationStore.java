package dev.chatdesk.core.store.memory;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.conversation.TurnOutcome;
import dev.chatdesk.core.store.ConversationPage;
import dev.chatdesk.core.store.ConversationQuery;
import dev.chatdesk.core.store.ConversationStore;
import dev.chatdesk.core.store.ListedConversation;
import dev.chatdesk.core.store.PageCursor;
import dev.chatdesk.core.store.SearchTerms;
import dev.chatdesk.core.store.RandomIds;
import dev.chatdesk.core.store.memory.Memory.ConversationRecord;
import dev.chatdesk.core.store.memory.Memory.CustomerRecord;
import dev.chatdesk.core.store.memory.Memory.EscalationRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The {@link ConversationStore} of {@link InMemoryStores}. */
final class MemoryConversationStore implements ConversationStore {
    private static final Set<Role> SENT_TO_PLATFORMS = EnumSet.of(Role.BOT, Role.AGENT, Role.SYSTEM);
    private static final Comparator<ConversationRecord> NEWEST_FIRST = Comparator
            .comparing((ConversationRecord r) -> r.conversation.createdAt())
            .thenComparingLong(r -> r.order)
            .reversed();

    private final Memory memory;

    MemoryConversationStore(Memory memory) {
        this.memory = memory;
    }

    @Override
    public Conversation create(NewConversation conversation) {
        requireNonNull(conversation, "conversation");
        requireNonNull(conversation.channel(), "conversation.channel");
        synchronized (memory) {
            Instant now = memory.clock.instant();
            CustomerRecord customer = customerRecord(conversation.channel(), conversation.customer());
            Conversation created = new Conversation(RandomIds.conversation(), conversation.channel(),
                    conversation.channelAddress(), customer.customer, customer.id, conversation.locale(),
                    conversation.tokenHash(), ConversationStatus.BOT, null, null, now, now);
            memory.conversations.put(created.id(), new ConversationRecord(memory.nextOrder(), customer, created));
            return created;
        }
    }

    private CustomerRecord customerRecord(String channel, Customer customer) {
        if (customer.externalId() == null || !customer.verified()) {
            return new CustomerRecord(memory.nextOrder(), Customer.unverified(customer.name(), customer.email()));
        }
        CustomerRecord known = memory.verifiedCustomers.computeIfAbsent(channel + ":" + customer.externalId(),
                ignored -> new CustomerRecord(memory.nextOrder(), customer));
        known.customer = customer.updating(known.customer);
        return known;
    }

    @Override
    public Optional<Conversation> find(String conversationId) {
        requireNonNull(conversationId, "conversationId");
        synchronized (memory) {
            return Optional.ofNullable(memory.conversations.get(conversationId)).map(memory::read);
        }
    }

    @Override
    public Optional<Conversation> findOpen(String channel, String channelAddress) {
        requireNonNull(channel, "channel");
        requireNonNull(channelAddress, "channelAddress");
        synchronized (memory) {
            return memory.conversations.values().stream()
                    .filter(r -> r.conversation.channel().equals(channel)
                            && channelAddress.equals(r.conversation.channelAddress())
                            && r.conversation.status() != ConversationStatus.CLOSED)
                    .sorted(NEWEST_FIRST)
                    .findFirst()
                    .map(memory::read);
        }
    }

    @Override
    public Message append(String conversationId, NewMessage message) {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(message, "message");
        synchronized (memory) {
            ConversationRecord record = memory.conversation(conversationId);
            Optional<Message> stored = storedRetry(record, message);
            if (stored.isPresent()) {
                return stored.get();
            }
            Instant now = memory.clock.instant();
            Message appended = insertNew(record, message, now);
            record.conversation = changed(record.conversation, record.conversation.status(),
                    record.conversation.assignee(), now);
            return appended;
        }
    }

    @Override
    public Optional<String> originalText(String conversationId, String messageId) {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(messageId, "messageId");
        // Messages are kept as written: there is no masked text to tell apart.
        return Optional.empty();
    }

    @Override
    public Optional<Message> findByClientMessageId(String conversationId, String clientMessageId) {
        requireNonNull(clientMessageId, "clientMessageId");
        synchronized (memory) {
            return memory.conversation(conversationId).messages.stream()
                    .filter(m -> clientMessageId.equals(m.clientMessageId()))
                    .findFirst();
        }
    }

    @Override
    public List<Message> messages(String conversationId) {
        synchronized (memory) {
            return List.copyOf(memory.conversation(conversationId).messages);
        }
    }

    @Override
    public List<Message> lastMessages(String conversationId, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        synchronized (memory) {
            List<Message> messages = memory.conversation(conversationId).messages;
            return List.copyOf(messages.subList(Math.max(0, messages.size() - count), messages.size()));
        }
    }

    @Override
    public List<Message> repliesTo(String conversationId, String customerMessageId) {
        requireNonNull(customerMessageId, "customerMessageId");
        synchronized (memory) {
            return memory.conversation(conversationId).messages.stream()
                    .filter(m -> customerMessageId.equals(m.inReplyTo()))
                    .toList();
        }
    }

    @Override
    public List<Message> completeTurn(String conversationId, String customerMessageId, MessageNlu nlu,
            TurnOutcome outcome) {
        requireNonNull(outcome, "outcome");
        outcome.requireValidFor(conversationId, customerMessageId, nlu);
        synchronized (memory) {
            ConversationRecord record = memory.conversation(conversationId);
            int customerMessage = customerMessageId == null ? -1 : customerMessageIndex(record, customerMessageId);
            Instant now = memory.clock.instant();
            if (nlu != null) {
                record.messages.set(customerMessage, record.messages.get(customerMessage).withNlu(nlu));
            }
            List<Message> replies = new ArrayList<>();
            for (NewMessage answer : outcome.repliesTo(customerMessageId)) {
                replies.add(storedRetry(record, answer).orElseGet(() -> insertNew(record, answer, now)));
            }
            ConversationStatus status = outcome.status();
            record.dialogueState = outcome.dialogueState();
            record.conversation = changed(record.conversation, status,
                    status == ConversationStatus.WITH_AGENT ? record.conversation.assignee() : null, now);
            if (status.endsEscalation()) {
                endEscalation(record, now);
            }
            if (outcome.escalation() != null && openEscalationOf(record).isEmpty()) {
                record.escalations.add(new EscalationRecord(memory.nextOrder(), outcome.escalation()));
            }
            return replies;
        }
    }

    private static int customerMessageIndex(ConversationRecord record, String messageId) {
        for (int i = 0; i < record.messages.size(); i++) {
            Message message = record.messages.get(i);
            if (message.id().equals(messageId)) {
                if (message.role() != Role.CUSTOMER) {
                    throw new IllegalArgumentException("Message " + messageId + " is a " + message.role().wireName()
                            + " message, not a customer message");
                }
                return i;
            }
        }
        throw new IllegalArgumentException("Conversation " + record.conversation.id() + " has no message " + messageId);
    }

    @Override
    public Optional<String> dialogueState(String conversationId) {
        synchronized (memory) {
            return Optional.ofNullable(memory.conversation(conversationId).dialogueState);
        }
    }

    @Override
    public boolean transition(String conversationId, Set<ConversationStatus> from, ConversationStatus to,
            String assignee) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        to.requireAllowedAssignee(assignee);
        synchronized (memory) {
            ConversationRecord record = memory.conversation(conversationId);
            if (!from.contains(record.conversation.status())) {
                return false;
            }
            Instant now = memory.clock.instant();
            record.conversation = changed(record.conversation, to, assignee, now);
            if (assignee != null) {
                record.agents.add(assignee);
            }
            if (to.endsEscalation()) {
                endEscalation(record, now);
            }
            return true;
        }
    }

    @Override
    public Optional<Escalation> openEscalation(String conversationId) {
        synchronized (memory) {
            return openEscalationOf(memory.conversation(conversationId)).map(e -> e.escalation);
        }
    }

    @Override
    public List<Escalation> openEscalations() {
        synchronized (memory) {
            return memory.conversations.values().stream()
                    .flatMap(r -> openEscalationOf(r).stream())
                    .sorted(Comparator.comparing((EscalationRecord e) -> e.escalation.escalatedAt())
                            .thenComparingLong(e -> e.order))
                    .map(e -> e.escalation)
                    .toList();
        }
    }

    @Override
    public boolean markOverdue(String conversationId) {
        requireNonNull(conversationId, "conversationId");
        synchronized (memory) {
            Optional<EscalationRecord> open = Optional.ofNullable(memory.conversations.get(conversationId))
                    .flatMap(MemoryConversationStore::openEscalationOf)
                    .filter(e -> e.overdueAt == null);
            open.ifPresent(e -> e.overdueAt = memory.clock.instant());
            return open.isPresent();
        }
    }

    @Override
    public List<Conversation> otherConversationsOfCustomer(String conversationId, int limit) {
        requireNonNull(conversationId, "conversationId");
        synchronized (memory) {
            ConversationRecord record = memory.conversations.get(conversationId);
            if (record == null) {
                return List.of();
            }
            return memory.conversations.values().stream()
                    .filter(other -> other != record && sameCustomer(record.customer, other.customer))
                    .sorted(NEWEST_FIRST)
                    .limit(limit)
                    .map(memory::read)
                    .toList();
        }
    }

    @Override
    public boolean hasHad(String conversationId, String agent) {
        requireNonNull(agent, "agent");
        synchronized (memory) {
            ConversationRecord record = memory.conversations.get(conversationId);
            return record != null && record.agents.contains(agent);
        }
    }

    @Override
    public ConversationPage search(ConversationQuery query) {
        requireNonNull(query, "query");
        synchronized (memory) {
            List<ConversationRecord> found = found(query)
                    .filter(r -> query.after() == null || comesAfter(r.conversation, query.after()))
                    .limit(query.limit() + 1L)
                    .toList();
            List<ListedConversation> page = found.stream().limit(query.limit()).map(this::listed).toList();
            PageCursor next = found.size() > query.limit()
                    ? new PageCursor(page.getLast().conversation().updatedAt(), page.getLast().conversation().id())
                    : null;
            return new ConversationPage(page, next);
        }
    }

    @Override
    public long count(ConversationQuery query) {
        requireNonNull(query, "query");
        synchronized (memory) {
            return found(query).count();
        }
    }

    private Stream<ConversationRecord> found(ConversationQuery query) {
        List<String> terms = query.terms();
        return memory.conversations.values().stream()
                .filter(r -> matches(r, query, terms))
                .sorted(Comparator.comparing((ConversationRecord r) -> r.conversation.updatedAt())
                        .thenComparing(r -> r.conversation.id()).reversed());
    }

    /** Whether a conversation comes after the cursor, newest activity first: older, or as old with a smaller id. */
    private static boolean comesAfter(Conversation c, PageCursor cursor) {
        int byTime = c.updatedAt().compareTo(cursor.activeAt());
        return byTime < 0 || byTime == 0 && c.id().compareTo(cursor.conversationId()) < 0;
    }

    private static boolean matches(ConversationRecord r, ConversationQuery query, List<String> terms) {
        Conversation c = r.conversation;
        if (!terms.isEmpty()) {
            Set<String> all = new HashSet<>(r.terms);
            all.addAll(SearchTerms.of(r.customer.customer.name()));
            all.addAll(SearchTerms.of(r.customer.customer.email()));
            if (!all.containsAll(terms)) {
                return false;
            }
        }
        return (query.statuses().isEmpty() || query.statuses().contains(c.status()))
                && (query.channel() == null || query.channel().equals(c.channel()))
                && (query.assignee() == null || query.assignee().equals(c.assignee()))
                && (query.activeFrom() == null || !c.updatedAt().isBefore(query.activeFrom()))
                && (query.activeTo() == null || c.updatedAt().isBefore(query.activeTo()))
                && (query.reason() == null || r.escalations.stream().anyMatch(e -> e.escalation.reason() == query.reason()))
                && (query.visibleTo() == null || c.status() == ConversationStatus.WAITING_FOR_AGENT
                        || r.agents.contains(query.visibleTo()));
    }

    private ListedConversation listed(ConversationRecord record) {
        Message last = record.messages.isEmpty() ? null : record.messages.getLast();
        return new ListedConversation(memory.read(record), last == null ? null : last.text(),
                last == null ? null : last.role());
    }

    /** The same record, or two verified customers with the same e-mail address. */
    private static boolean sameCustomer(CustomerRecord one, CustomerRecord other) {
        return one == other || one.customer.verified() && other.customer.verified() && one.customer.email() != null
                && one.customer.email().equals(other.customer.email());
    }

    private static Optional<EscalationRecord> openEscalationOf(ConversationRecord record) {
        return record.escalations.stream().filter(e -> e.endedAt == null).findFirst();
    }

    private static void endEscalation(ConversationRecord record, Instant now) {
        openEscalationOf(record).ifPresent(e -> e.endedAt = now);
    }

    private static Optional<Message> storedRetry(ConversationRecord record, NewMessage message) {
        return message.clientMessageId() == null
                ? Optional.empty()
                : record.messages.stream().filter(m -> message.clientMessageId().equals(m.clientMessageId())).findFirst();
    }

    private Message insertNew(ConversationRecord record, NewMessage message, Instant now) {
        String conversationId = record.conversation.id();
        if (message.inReplyTo() != null && record.messages.stream().noneMatch(m -> m.id().equals(message.inReplyTo()))) {
            throw new IllegalArgumentException(
                    "Conversation " + conversationId + " has no message " + message.inReplyTo() + " to reply to");
        }
        Message inserted = new Message(RandomIds.message(), conversationId, record.messages.size() + 1L, message.role(),
                message.text(), now, message.quickReplies(), message.sources(), message.nlu(), message.clientMessageId(),
                message.inReplyTo(), message.author(), message.language());
        record.messages.add(inserted);
        if (SearchTerms.searches(message.role())) {
            record.terms.addAll(SearchTerms.of(message.text()));
        }
        if (SENT_TO_PLATFORMS.contains(message.role()) && record.conversation.channelAddress() != null) {
            memory.undelivered.put(inserted.id(), now);
        }
        return inserted;
    }

    private static Conversation changed(Conversation c, ConversationStatus status, String assignee, Instant now) {
        return new Conversation(c.id(), c.channel(), c.channelAddress(), c.customer(), c.customerId(), c.locale(),
                c.tokenHash(), status, assignee, null, c.createdAt(), now);
    }
}
