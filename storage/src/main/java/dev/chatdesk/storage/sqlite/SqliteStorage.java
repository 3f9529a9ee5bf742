package dev.chatdesk.storage.sqlite;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.core.audit.AuditLog;
import dev.chatdesk.core.conversation.CustomerData;
import dev.chatdesk.core.store.AgentStore;
import dev.chatdesk.core.store.ConversationStore;
import dev.chatdesk.core.store.DeliveryStore;
import dev.chatdesk.core.store.FeedbackStore;
import dev.chatdesk.core.store.Storage;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The embedded default {@link Storage}: one SQLite file in WAL mode, needing no server.
 *
 * <p>Thread-safe. Writes run one at a time, each in a single transaction that is committed (and
 * synced to disk) before the method returns; reads run on their own connections beside them.
 */
public final class SqliteStorage implements Storage {
    private final Database database;
    private final Clock clock;
    private final RecordCipher cipher;
    private final Tables tables;

    private SqliteStorage(Database database, Clock clock, RecordCipher cipher, UnaryOperator<String> mask) {
        this.database = database;
        // Times are kept to the millisecond, as they are stored.
        this.clock = Clock.tick(clock, Duration.ofMillis(1));
        this.cipher = cipher;
        this.tables = new Tables(cipher, mask);
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
    public static SqliteStorage open(Path databaseFile, Clock clock) {
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
    public static SqliteStorage open(Path databaseFile, Clock clock, RecordCipher cipher) {
        return open(databaseFile, clock, cipher, UnaryOperator.identity());
    }

    /**
     * Opens the store as {@link #open(Path, Clock, RecordCipher)} does, storing message text as
     * {@code mask} makes it (personal data masked): reads return the masked text,
     * {@link ConversationStore#originalText} what was written, and the message
     * {@link ConversationStore#append} returns is the one written.
     */
    public static SqliteStorage open(Path databaseFile, Clock clock, RecordCipher cipher, UnaryOperator<String> mask) {
        requireNonNull(databaseFile, "databaseFile");
        requireNonNull(clock, "clock");
        requireNonNull(cipher, "cipher");
        requireNonNull(mask, "mask");
        Database database = Database.open(databaseFile);
        SqliteStorage storage = new SqliteStorage(database, clock, cipher, mask);
        try {
            Schema.migrate(databaseFile, database);
            database.write(c -> {
                EncryptionKeys.verify(c, cipher, storage.clock.instant());
                return null;
            });
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return storage;
    }

    @Override
    public ConversationStore conversations() {
        return new SqliteConversationStore(database, clock, tables);
    }

    @Override
    public AgentStore agents() {
        return new SqliteAgentStore(database, clock);
    }

    @Override
    public DeliveryStore deliveries() {
        return new SqliteDeliveryStore(database, clock, tables);
    }

    @Override
    public FeedbackStore feedback() {
        return new SqliteFeedbackStore(database, tables);
    }

    @Override
    public CustomerData customerData() {
        return new SqliteCustomerData(database, tables);
    }

    @Override
    public AuditLog auditLog() {
        return new SqliteAuditLog(database, clock);
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

    @Override
    public void close() {
        database.close();
    }
}
