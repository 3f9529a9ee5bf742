package dev.chatdesk.storage.jdbc;

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
import dev.chatdesk.core.store.RandomIds;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@link ConversationStore} of a {@link SqliteStorage}. */
final class JdbcConversationStore implements ConversationStore {
    private final Database database;
    private final Clock clock;
    private final ConversationTable conversationTable;
    private final MessageTable messageTable;
    private final EscalationTable escalationTable;
    private final ConversationSearch search;

    JdbcConversationStore(Database database, Clock clock, RecordCipher cipher, Tables tables) {
        this.database = database;
        this.clock = clock;
        this.conversationTable = tables.conversations();
        this.messageTable = tables.messages();
        this.escalationTable = tables.escalations();
        this.search = new ConversationSearch(cipher, tables);
    }

    @Override
    public Conversation create(NewConversation conversation) {
        requireNonNull(conversation, "conversation");
        requireNonNull(conversation.channel(), "conversation.channel");
        Customer customer = conversation.customer();
        return database.write(c -> {
            if (customer.verified() && customer.externalId() != null) {
                // Two nodes starting conversations of one new customer at once make one customer record.
                database.lock(c, "customer:" + conversation.channel() + ":" + customer.externalId());
            }
            return conversationTable.insert(c, RandomIds.conversation(), conversation, now());
        });
    }

    @Override
    public Optional<Conversation> find(String conversationId) {
        requireNonNull(conversationId, "conversationId");
        return database.read(c -> conversationTable.find(c, conversationId));
    }

    @Override
    public Optional<Conversation> findOpen(String channel, String channelAddress) {
        requireNonNull(channel, "channel");
        requireNonNull(channelAddress, "channelAddress");
        return database.read(c -> conversationTable.findOpen(c, channel, channelAddress));
    }

    @Override
    public Message append(String conversationId, NewMessage message) {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(message, "message");
        return database.write(c -> {
            Instant now = now();
            database.lock(c, conversationLock(conversationId));
            Optional<Message> stored = storedRetry(c, conversationId, message);
            if (stored.isPresent()) {
                return stored.get();
            }
            if (!conversationTable.touch(c, conversationId, message.role(), now)) {
                throw ConversationTable.unknown(conversationId);
            }
            return insertNew(c, conversationId, message, now);
        });
    }

    @Override
    public Optional<String> originalText(String conversationId, String messageId) {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(messageId, "messageId");
        return database.read(c -> messageTable.originalText(c, conversationId, messageId));
    }

    @Override
    public Optional<Message> findByClientMessageId(String conversationId, String clientMessageId) {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(clientMessageId, "clientMessageId");
        return database.read(c -> {
            Optional<Message> message = messageTable.byClientMessageId(c, conversationId, clientMessageId);
            if (message.isEmpty()) {
                requireConversation(c, conversationId);
            }
            return message;
        });
    }

    @Override
    public List<Message> messages(String conversationId) {
        requireNonNull(conversationId, "conversationId");
        return database.read(c -> requireConversationIfEmpty(c, conversationId,
                messageTable.all(c, conversationId)));
    }

    @Override
    public List<Message> lastMessages(String conversationId, int count) {
        requireNonNull(conversationId, "conversationId");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        return database.read(c -> requireConversationIfEmpty(c, conversationId,
                messageTable.last(c, conversationId, count)));
    }

    @Override
    public List<Message> repliesTo(String conversationId, String customerMessageId) {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(customerMessageId, "customerMessageId");
        return database.read(c -> requireConversationIfEmpty(c, conversationId,
                messageTable.repliesTo(c, conversationId, customerMessageId)));
    }

    @Override
    public List<Message> completeTurn(String conversationId, String customerMessageId, MessageNlu nlu,
            TurnOutcome outcome) {
        requireNonNull(outcome, "outcome");
        outcome.requireValidFor(conversationId, customerMessageId, nlu);
        return database.write(c -> {
            database.lock(c, conversationLock(conversationId));
            Instant now = now();
            if (!conversationTable.saveTurn(c, conversationId, outcome.dialogueState(), outcome.status(), now)) {
                throw ConversationTable.unknown(conversationId);
            }
            if (customerMessageId != null) {
                requireCustomerMessage(c, conversationId, customerMessageId);
                if (nlu != null) {
                    messageTable.saveNlu(c, customerMessageId, nlu, outcome.botAction());
                }
            }
            List<Message> replies = new ArrayList<>();
            for (NewMessage answer : outcome.repliesTo(customerMessageId)) {
                Optional<Message> stored = storedRetry(c, conversationId, answer);
                replies.add(stored.isPresent() ? stored.get() : insertNew(c, conversationId, answer, now));
            }
            if (outcome.status().endsEscalation()) {
                escalationTable.end(c, conversationId, outcome.status(), now);
            }
            if (outcome.escalation() != null) {
                escalationTable.insertUnlessOpen(c, outcome.escalation());
            }
            return replies;
        });
    }

    @Override
    public Optional<String> dialogueState(String conversationId) {
        requireNonNull(conversationId, "conversationId");
        return database.read(c -> conversationTable.dialogueState(c, conversationId)
                .orElseThrow(() -> ConversationTable.unknown(conversationId)));
    }

    @Override
    public boolean transition(String conversationId, Set<ConversationStatus> from, ConversationStatus to,
            String assignee) {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        to.requireAllowedAssignee(assignee);
        return database.write(c -> {
            Instant now = now();
            if (!conversationTable.compareAndSetStatus(c, conversationId, from, to, assignee, now)) {
                requireConversation(c, conversationId);
                return false;
            }
            if (to.endsEscalation()) {
                escalationTable.end(c, conversationId, to, now);
            }
            return true;
        });
    }

    @Override
    public Optional<Escalation> openEscalation(String conversationId) {
        requireNonNull(conversationId, "conversationId");
        return database.read(c -> {
            Optional<Escalation> escalation = escalationTable.open(c, conversationId);
            if (escalation.isEmpty()) {
                requireConversation(c, conversationId);
            }
            return escalation;
        });
    }

    @Override
    public List<Escalation> openEscalations() {
        return database.read(escalationTable::allOpen);
    }

    @Override
    public boolean markOverdue(String conversationId) {
        requireNonNull(conversationId, "conversationId");
        return database.write(c -> escalationTable.markOverdue(c, conversationId, now()));
    }

    @Override
    public List<Conversation> otherConversationsOfCustomer(String conversationId, int limit) {
        requireNonNull(conversationId, "conversationId");
        return database.read(c -> conversationTable.othersOfCustomer(c, conversationId, limit));
    }

    @Override
    public boolean hasHad(String conversationId, String agent) {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(agent, "agent");
        return database.read(c -> Sql.first(c, "SELECT 1 FROM conversation_agents WHERE conversation_id = ? AND username = ?",
                row -> true, conversationId, agent).isPresent());
    }

    @Override
    public ConversationPage search(ConversationQuery query) {
        requireNonNull(query, "query");
        return database.read(c -> search.page(c, query));
    }

    @Override
    public long count(ConversationQuery query) {
        requireNonNull(query, "query");
        return database.read(c -> search.count(c, query));
    }

    private Instant now() {
        return clock.instant();
    }

    /**
     * What serialises the writes of one conversation's messages across nodes: its sequence numbers
     * stay consecutive and a client message id is stored once.
     */
    static String conversationLock(String conversationId) {
        return "conversation:" + conversationId;
    }

    /** The message stored before under this message's client message id, if it has one. */
    private Optional<Message> storedRetry(Connection c, String conversationId, NewMessage message)
            throws SQLException {
        return message.clientMessageId() == null
                ? Optional.empty()
                : messageTable.byClientMessageId(c, conversationId, message.clientMessageId());
    }

    /** Inserts a new message into a conversation known to exist. */
    private Message insertNew(Connection c, String conversationId, NewMessage message, Instant now)
            throws SQLException {
        if (message.inReplyTo() != null && messageTable.roleOf(c, conversationId, message.inReplyTo()).isEmpty()) {
            throw new IllegalArgumentException(
                    "Conversation " + conversationId + " has no message " + message.inReplyTo() + " to reply to");
        }
        return messageTable.insert(c, conversationId, message, now);
    }

    private void requireCustomerMessage(Connection c, String conversationId, String messageId)
            throws SQLException {
        Role role = messageTable.roleOf(c, conversationId, messageId).orElseThrow(() -> new IllegalArgumentException(
                "Conversation " + conversationId + " has no message " + messageId));
        if (role != Role.CUSTOMER) {
            throw new IllegalArgumentException(
                    "Message " + messageId + " is a " + role.wireName() + " message, not a customer message");
        }
    }

    private void requireConversation(Connection c, String conversationId) throws SQLException {
        conversationTable.requireExists(c, conversationId);
    }

    /** The list, after making sure an empty one does not stand for an unknown conversation. */
    private <T> List<T> requireConversationIfEmpty(Connection c, String conversationId, List<T> list)
            throws SQLException {
        if (list.isEmpty()) {
            requireConversation(c, conversationId);
        }
        return list;
    }
}
