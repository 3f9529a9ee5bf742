package dev.chatdesk.storage.sqlite;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.core.audit.AuditLog;
import dev.chatdesk.core.conversation.AgentAccount;
import dev.chatdesk.core.conversation.AgentSession;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.ConversationStore;
import dev.chatdesk.core.conversation.CustomerData;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.PendingDelivery;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.conversation.TurnOutcome;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The embedded default {@link ConversationStore}: one SQLite file in WAL mode, needing no server.
 *
 * <p>Thread-safe. Writes run one at a time, each in a single transaction that is committed (and
 * synced to disk) before the method returns; reads run on their own connections beside them.
 * Sequence numbers are 1, 2, 3... per conversation with no gaps, however many threads append.
 *
 * <p>Conventions beyond the interface:
 * <ul>
 *   <li>A conversation id that does not exist makes every method except {@link #find} throw
 *       {@link NoSuchElementException} naming it; an unknown agent in {@link #saveSession} does too.
 *       Nothing is changed then.
 *   <li>Times are kept to the millisecond: an instant with finer precision reads back truncated.
 *   <li>A conversation has at most one open escalation: a turn that escalates a conversation
 *       whose escalation is still open keeps the first, so the customer keeps their place in the queue.
 *   <li>Customers with an external id are one record across their conversations; a conversation
 *       that leaves their name or e-mail null keeps the known one.
 *   <li>{@link #transition} and {@link #completeTurn} keep the assignee only while the status is
 *       {@code with_agent}; giving an assignee for any other status is an error.
 * </ul>
 */
public final class SqliteConversationStore implements ConversationStore {
    private final Database database;
    private final Clock clock;

    private final RecordCipher cipher;
    private final ConversationTable conversationTable;
    private final MessageTable messageTable;
    private final EscalationTable escalationTable;
    private final FeedbackTable feedbackTable;
    private final DeliveryTable deliveryTable;

    private SqliteConversationStore(Database database, Clock clock, RecordCipher cipher, UnaryOperator<String> mask) {
        this.database = database;
        this.clock = clock;
        this.cipher = cipher;
        this.conversationTable = new ConversationTable(cipher);
        this.messageTable = new MessageTable(cipher, mask);
        this.escalationTable = new EscalationTable(cipher);
        this.feedbackTable = new FeedbackTable(cipher);
        this.deliveryTable = new DeliveryTable(cipher);
    }

    /**
     * Opens the store in this file, creating the file, its directory and the tables as needed and
     * bringing an older file's tables up to date.
     *
     * @param databaseFile the SQLite file, such as {@code data/chatdesk.db}
     * @param clock the time of stored messages and changes
     * @throws SqliteStoreException when the file cannot be opened as a SQLite database
     * @throws IllegalStateException when a newer Chatdesk wrote the file
     */
    public static SqliteConversationStore open(Path databaseFile, Clock clock) {
        return open(databaseFile, clock, RecordCipher.plain());
    }

    /**
     * Opens the store as {@link #open(Path, Clock)} does, encrypting customers' data with the
     * cipher: message text, customers' names, e-mail addresses and ids, channel addresses, dialogue
     * state, escalation summaries, ratings' comments and platform payloads.
     *
     * @throws dev.chatdesk.storage.crypto.UndecryptableRecordException when records are encrypted
     *     with a key the cipher lacks, or one of its keys differs from the key first used under that id
     */
    public static SqliteConversationStore open(Path databaseFile, Clock clock, RecordCipher cipher) {
        return open(databaseFile, clock, cipher, UnaryOperator.identity());
    }

    /**
     * Opens the store as {@link #open(Path, Clock, RecordCipher)} does, storing message text as
     * {@code mask} makes it (personal data masked): reads return the masked text, {@link #originalText}
     * what was written, and the message {@link #append} returns is the one written.
     */
    public static SqliteConversationStore open(Path databaseFile, Clock clock, RecordCipher cipher,
            UnaryOperator<String> mask) {
        requireNonNull(databaseFile, "databaseFile");
        requireNonNull(clock, "clock");
        requireNonNull(cipher, "cipher");
        Database database = Database.open(databaseFile);
        SqliteConversationStore store = new SqliteConversationStore(database, clock, cipher, requireNonNull(mask, "mask"));
        try {
            Schema.migrate(database, store.now());
            database.write(c -> {
                EncryptionKeys.verify(c, cipher, store.now());
                return null;
            });
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return store;
    }

    @Override
    public Conversation create(NewConversation conversation) {
        requireNonNull(conversation, "conversation");
        requireNonNull(conversation.channel(), "conversation.channel");
        return database.write(c -> conversationTable.insert(c, RandomIds.conversation(), conversation, now()));
    }

    @Override
    public Optional<Conversation> find(String conversationId) {
        requireNonNull(conversationId, "conversationId");
        return database.read(c -> conversationTable.find(c, conversationId));
    }

    /** {@inheritDoc} The channel address must not be null (web conversations have none to look up). */
    @Override
    public Optional<Conversation> findOpen(String channel, String channelAddress) {
        requireNonNull(channel, "channel");
        requireNonNull(channelAddress, "channelAddress");
        return database.read(c -> conversationTable.findOpen(c, channel, channelAddress));
    }

    /** {@inheritDoc} A message that answers another ({@code inReplyTo}) must answer one of this conversation. */
    @Override
    public Message append(String conversationId, NewMessage message) {
        requireNonNull(conversationId, "conversationId");
        requireValid(message);
        return database.write(c -> {
            Instant now = now();
            Optional<Message> stored = storedRetry(c, conversationId, message);
            if (stored.isPresent()) {
                return stored.get();
            }
            if (!conversationTable.touch(c, conversationId, now)) {
                throw unknownConversation(conversationId);
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

    /**
     * {@inheritDoc}
     *
     * <p>The customer message must be a customer message of this conversation; NLU needs one.
     * A reply's own {@code inReplyTo}, if set, must name the same message. An escalation must be
     * of this conversation and come with status {@code waiting_for_agent} or {@code with_agent}.
     * A status of {@code bot} or {@code closed} ends the open escalation, as {@link #transition} does.
     *
     * @throws IllegalArgumentException when any of these does not hold (nothing is stored)
     */
    @Override
    public List<Message> completeTurn(String conversationId, String customerMessageId, MessageNlu nlu,
            TurnOutcome outcome) {
        requireNonNull(conversationId, "conversationId");
        requireValid(conversationId, customerMessageId, nlu, outcome);
        return database.write(c -> {
            Instant now = now();
            if (!conversationTable.saveTurn(c, conversationId, outcome.dialogueState(), outcome.status(), now)) {
                throw unknownConversation(conversationId);
            }
            if (customerMessageId != null) {
                requireCustomerMessage(c, conversationId, customerMessageId);
                if (nlu != null) {
                    messageTable.saveNlu(c, customerMessageId, nlu);
                }
            }
            List<Message> replies = new ArrayList<>();
            for (NewMessage reply : outcome.replies()) {
                NewMessage answer = reply.replyingTo(customerMessageId);
                Optional<Message> stored = storedRetry(c, conversationId, answer);
                replies.add(stored.isPresent() ? stored.get() : insertNew(c, conversationId, answer, now));
            }
            if (endsEscalation(outcome.status())) {
                escalationTable.end(c, conversationId, now);
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
                .orElseThrow(() -> unknownConversation(conversationId)));
    }

    /** {@inheritDoc} An assignee may only be given with {@code with_agent}. */
    @Override
    public boolean transition(String conversationId, Set<ConversationStatus> from, ConversationStatus to,
            String assignee) {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (assignee != null && to != ConversationStatus.WITH_AGENT) {
            throw new IllegalArgumentException(
                    "Only a conversation with an agent has an assignee, not one moving to " + to.wireName());
        }
        return database.write(c -> {
            Instant now = now();
            if (!conversationTable.compareAndSetStatus(c, conversationId, from, to, assignee, now)) {
                requireConversation(c, conversationId);
                return false;
            }
            if (endsEscalation(to)) {
                escalationTable.end(c, conversationId, now);
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
    public void saveFeedback(String conversationId, int rating, String comment) {
        requireNonNull(conversationId, "conversationId");
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5, was " + rating);
        }
        database.write(c -> {
            requireConversation(c, conversationId);
            feedbackTable.save(c, conversationId, rating, comment, now());
            return null;
        });
    }

    @Override
    public boolean firstDelivery(String channel, String deliveryId, String payload) {
        requireNonNull(channel, "channel");
        requireNonNull(deliveryId, "deliveryId");
        requireNonNull(payload, "payload");
        return database.write(c -> deliveryTable.insertIfNew(c, channel, deliveryId, payload, now()));
    }

    @Override
    public List<Message> undeliveredMessages() {
        return database.read(messageTable::undelivered);
    }

    @Override
    public void messageDelivered(String messageId) {
        requireNonNull(messageId, "messageId");
        database.write(c -> {
            messageTable.delivered(c, messageId, now());
            return null;
        });
    }

    @Override
    public void deliveryProcessed(String channel, String deliveryId) {
        requireNonNull(channel, "channel");
        requireNonNull(deliveryId, "deliveryId");
        database.write(c -> {
            deliveryTable.processed(c, channel, deliveryId, now());
            return null;
        });
    }

    @Override
    public List<PendingDelivery> pendingDeliveries(String channel) {
        requireNonNull(channel, "channel");
        return database.read(c -> deliveryTable.pending(c, channel));
    }

    @Override
    public boolean createAgent(AgentAccount account) {
        requireNonNull(account, "account");
        requireNonNull(account.username(), "account.username");
        requireNonNull(account.passwordHash(), "account.passwordHash");
        requireNonNull(account.role(), "account.role");
        requireNonNull(account.createdAt(), "account.createdAt");
        return database.write(c -> AgentTable.insert(c, account));
    }

    @Override
    public Optional<AgentAccount> agent(String username) {
        requireNonNull(username, "username");
        return database.read(c -> AgentTable.find(c, username));
    }

    @Override
    public long agentCount() {
        return database.read(AgentTable::count);
    }

    @Override
    public List<AgentAccount> agents() {
        return database.read(AgentTable::all);
    }

    @Override
    public boolean setAgentDisabled(String username, boolean disabled) {
        requireNonNull(username, "username");
        return database.write(c -> AgentTable.setDisabled(c, username, disabled, now()));
    }

    @Override
    public boolean setAgentPassword(String username, String passwordHash, String keptSessionHash) {
        requireNonNull(username, "username");
        requireNonNull(passwordHash, "passwordHash");
        return database.write(c -> AgentTable.setPassword(c, username, passwordHash, keptSessionHash));
    }

    @Override
    public boolean upgradeAgentPasswordHash(String username, String oldHash, String newHash) {
        requireNonNull(username, "username");
        requireNonNull(oldHash, "oldHash");
        requireNonNull(newHash, "newHash");
        return database.write(c -> AgentTable.replacePasswordHash(c, username, oldHash, newHash));
    }

    /** {@inheritDoc} The agent's account must exist. */
    @Override
    public void saveSession(AgentSession session) {
        requireNonNull(session, "session");
        requireNonNull(session.tokenHash(), "session.tokenHash");
        requireNonNull(session.username(), "session.username");
        requireNonNull(session.role(), "session.role");
        requireNonNull(session.expiresAt(), "session.expiresAt");
        database.write(c -> {
            if (AgentTable.find(c, session.username()).isEmpty()) {
                throw new NoSuchElementException("No agent account named " + session.username());
            }
            AgentTable.saveSession(c, session);
            return null;
        });
    }

    @Override
    public Optional<AgentSession> session(String tokenHash) {
        requireNonNull(tokenHash, "tokenHash");
        return database.read(c -> AgentTable.session(c, tokenHash));
    }

    @Override
    public void deleteSession(String tokenHash) {
        requireNonNull(tokenHash, "tokenHash");
        database.write(c -> {
            AgentTable.deleteSession(c, tokenHash);
            return null;
        });
    }

    /** The customers' data in the same file, to export or erase; usable until the store is closed. */
    public CustomerData customerData() {
        return new SqliteCustomerData(database, conversationTable, messageTable, escalationTable, feedbackTable,
                deliveryTable);
    }

    /**
     * Re-encrypts up to {@code batchSize} records not under the active key (older keys, or plain
     * text) in one transaction; the number re-encrypted, 0 when every record is under the active key.
     * Safe beside a running server on the same file, and resumable.
     *
     * @throws IllegalStateException when the store was opened without encryption keys
     */
    public int rotateKeys(int batchSize) {
        return new KeyRotation(database, cipher).nextBatch(batchSize);
    }

    /** The ids of the keys stored records are encrypted with now. */
    public Set<String> keyIdsInUse() {
        return database.read(EncryptionKeys::inUse);
    }

    /** The audit log kept in the same file; usable until the store is closed. */
    public AuditLog auditLog() {
        return new SqliteAuditLog(database, clock);
    }

    /** Waits for calls under way, then closes the database; later calls throw {@link IllegalStateException}. */
    @Override
    public void close() {
        database.close();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
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

    private static void requireValid(NewMessage message) {
        requireNonNull(message, "message");
        requireNonNull(message.role(), "message.role");
        requireNonNull(message.text(), "message.text");
    }

    private static void requireValid(String conversationId, String customerMessageId, MessageNlu nlu,
            TurnOutcome outcome) {
        requireNonNull(outcome, "outcome");
        requireNonNull(outcome.status(), "outcome.status");
        if (nlu != null && customerMessageId == null) {
            throw new IllegalArgumentException("NLU needs the customer message it belongs to");
        }
        for (NewMessage reply : outcome.replies()) {
            requireValid(reply);
            if (reply.inReplyTo() != null && !reply.inReplyTo().equals(customerMessageId)) {
                throw new IllegalArgumentException("A reply of this turn answers " + reply.inReplyTo()
                        + ", not the turn's customer message " + customerMessageId);
            }
        }
        Escalation escalation = outcome.escalation();
        if (escalation == null) {
            return;
        }
        if (!conversationId.equals(escalation.conversationId())) {
            throw new IllegalArgumentException("The escalation is of conversation " + escalation.conversationId()
                    + ", not of " + conversationId);
        }
        requireNonNull(escalation.reason(), "escalation.reason");
        requireNonNull(escalation.escalatedAt(), "escalation.escalatedAt");
        if (endsEscalation(outcome.status())) {
            throw new IllegalArgumentException(
                    "A turn that escalates cannot leave the conversation with status " + outcome.status().wireName());
        }
    }

    private static boolean endsEscalation(ConversationStatus status) {
        return status == ConversationStatus.BOT || status == ConversationStatus.CLOSED;
    }

    private void requireConversation(Connection c, String conversationId) throws SQLException {
        if (!conversationTable.exists(c, conversationId)) {
            throw unknownConversation(conversationId);
        }
    }

    /** The list, after making sure an empty one does not stand for an unknown conversation. */
    private <T> List<T> requireConversationIfEmpty(Connection c, String conversationId, List<T> list)
            throws SQLException {
        if (list.isEmpty()) {
            requireConversation(c, conversationId);
        }
        return list;
    }

    private static NoSuchElementException unknownConversation(String conversationId) {
        return new NoSuchElementException("No conversation with id " + conversationId);
    }
}
