package dev.chatdesk.storage.jdbc;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.core.audit.AuditLog;
import dev.chatdesk.core.conversation.CustomerData;
import dev.chatdesk.core.store.AgentStore;
import dev.chatdesk.core.store.ArticleChangeLog;
import dev.chatdesk.core.store.ConversationStore;
import dev.chatdesk.core.store.DeliveryStore;
import dev.chatdesk.core.store.FeedbackStore;
import dev.chatdesk.core.store.CustomerProfiles;
import dev.chatdesk.core.store.InsightsStore;
import dev.chatdesk.core.store.SavedReplyStore;
import dev.chatdesk.core.store.Storage;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A {@link Storage} on a SQL database through JDBC: the same tables and statements on SQLite and
 * PostgreSQL, whose schemas their migrations keep alike. Opened by {@code SqliteStorage} or
 * {@code PostgresStorage}, which bring the schema up to date first.
 */
public final class JdbcStorage implements Storage {
    private final Database database;
    private final Clock clock;
    private final RecordCipher cipher;
    private final ConversationStore conversations;
    private final AgentStore agents;
    private final DeliveryStore deliveries;
    private final FeedbackStore feedback;
    private final ArticleChangeLog articleChanges;
    private final SavedReplyStore savedReplies;
    private final InsightsStore insights;
    private final CustomerProfiles customerProfiles;
    private final CustomerData customerData;
    private final AuditLog auditLog;
    private final SearchRebuild searchRebuild;
    private final Tables tables;

    private static final int SEARCH_BACKLOG_BATCH = 500;

    private JdbcStorage(Database database, Clock clock, RecordCipher cipher, UnaryOperator<String> mask) {
        this.database = database;
        // Times are kept to the millisecond, as they are stored.
        this.clock = Clock.tick(clock, Duration.ofMillis(1));
        this.cipher = cipher;
        Tables tables = Tables.of(cipher, mask, database.fullText());
        this.tables = tables;
        this.conversations = new JdbcConversationStore(database, this.clock, cipher, tables);
        this.agents = new JdbcAgentStore(database, this.clock);
        this.deliveries = new JdbcDeliveryStore(database, this.clock, tables);
        this.feedback = new JdbcFeedbackStore(database, tables);
        this.articleChanges = new JdbcArticleChangeLog(database, this.clock);
        this.savedReplies = new JdbcSavedReplyStore(database);
        this.insights = new JdbcInsightsStore(database, cipher);
        this.customerProfiles = new JdbcCustomerProfiles(database, tables.conversations());
        this.customerData = new JdbcCustomerData(database, tables);
        this.auditLog = new JdbcAuditLog(database, this.clock);
        this.searchRebuild = new SearchRebuild(cipher, tables);
    }

    /**
     * The stores on a database whose schema is up to date, encrypting customers' data with the
     * cipher (message text, customers' names, e-mail addresses and ids, channel addresses, dialogue
     * state, escalation summaries, ratings' comments and platform payloads) and storing message text
     * as {@code mask} makes it (personal data masked): reads return the masked text,
     * {@link ConversationStore#originalText} what was written, and the message
     * {@link ConversationStore#append} returns is the one written. Closes the database when it fails.
     *
     * @param clock the time of stored messages and changes
     * @throws dev.chatdesk.storage.crypto.UndecryptableRecordException when records are encrypted
     *     with a key the cipher lacks, or one of its keys differs from the key first used under that id
     */
    public static JdbcStorage over(Database database, Clock clock, RecordCipher cipher, UnaryOperator<String> mask) {
        requireNonNull(clock, "clock");
        requireNonNull(cipher, "cipher");
        requireNonNull(mask, "mask");
        JdbcStorage storage = new JdbcStorage(database, clock, cipher, mask);
        try {
            database.write(c -> {
                // Nodes starting at once with a new key record it once.
                database.lock(c, "encryption-keys");
                EncryptionKeys.verify(c, cipher, storage.clock.instant());
                return null;
            });
            while (database.write(c -> storage.searchRebuild.backlog(database, c, SEARCH_BACKLOG_BATCH)) > 0) {
                // Conversations stored before the search index: indexed a batch per transaction.
            }
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return storage;
    }

    @Override
    public ConversationStore conversations() {
        return conversations;
    }

    @Override
    public AgentStore agents() {
        return agents;
    }

    @Override
    public DeliveryStore deliveries() {
        return deliveries;
    }

    @Override
    public FeedbackStore feedback() {
        return feedback;
    }

    @Override
    public InsightsStore insights() {
        return insights;
    }

    @Override
    public CustomerProfiles customerProfiles() {
        return customerProfiles;
    }

    @Override
    public SavedReplyStore savedReplies() {
        return savedReplies;
    }

    @Override
    public ArticleChangeLog articleChanges() {
        return articleChanges;
    }

    @Override
    public CustomerData customerData() {
        return customerData;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    /**
     * Re-encrypts up to {@code batchSize} records not under the active key (older keys, or plain
     * text) in one transaction; the number re-encrypted, 0 when every record is under the active key.
     * Safe beside a running server on the same file, and resumable.
     *
     * @throws IllegalStateException when the store was opened without encryption keys
     */
    public int rotateKeys(int batchSize) {
        return new KeyRotation(database, cipher, searchRebuild).nextBatch(batchSize);
    }

    /** Writes whole conversations a batch per transaction (to fill a store for a benchmark). */
    public BulkConversations bulk() {
        return new BulkConversations(database, tables);
    }

    /**
     * Checks that the database answers a query now.
     *
     * @throws StoreException when it does not
     */
    public void ping() {
        database.read(c -> Sql.first(c, "SELECT 1", row -> true));
    }

    /** The ids of the keys stored records are encrypted with now. */
    public Set<String> keyIdsInUse() {
        return database.read(EncryptionKeys::inUse);
    }

    @Override
    public void close() {
        database.close();
    }
}
