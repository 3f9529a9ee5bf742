package dev.chatdesk.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The tables, as a list of migrations: version {@code n} is {@code MIGRATIONS.get(n - 1)}. A
 * database records each version it has applied in {@code schema_version}; opening it applies the
 * missing ones, each in its own transaction. Later versions append migrations, never edit one.
 *
 * <p>Times are epoch milliseconds (UTC). Lists are JSON text, NULL when empty. Enums are their
 * wire names ({@code waiting_for_agent}).
 */
final class Schema {
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            """
            CREATE TABLE customers (
                id INTEGER PRIMARY KEY,
                external_id TEXT UNIQUE,
                name TEXT,
                email TEXT,
                created_at INTEGER NOT NULL)""",
            """
            CREATE TABLE conversations (
                id TEXT PRIMARY KEY,
                channel TEXT NOT NULL,
                channel_address TEXT,
                customer_id INTEGER NOT NULL REFERENCES customers(id),
                locale TEXT,
                token_hash TEXT,
                status TEXT NOT NULL CHECK (status IN ('bot', 'waiting_for_agent', 'with_agent', 'closed')),
                assignee TEXT,
                dialogue_state TEXT,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL)""",
            "CREATE INDEX conversations_by_address ON conversations(channel, channel_address, created_at)",
            """
            CREATE TABLE messages (
                id TEXT PRIMARY KEY,
                conversation_id TEXT NOT NULL REFERENCES conversations(id),
                seq INTEGER NOT NULL CHECK (seq >= 1),
                role TEXT NOT NULL,
                text TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                quick_replies TEXT,
                sources TEXT,
                nlu_intent TEXT,
                nlu_confidence REAL,
                nlu_out_of_scope INTEGER,
                nlu_sentiment TEXT,
                nlu_sentiment_score REAL,
                nlu_anger REAL,
                client_message_id TEXT,
                in_reply_to TEXT REFERENCES messages(id),
                author TEXT,
                UNIQUE (conversation_id, seq))""",
            """
            CREATE UNIQUE INDEX messages_by_client_message_id ON messages(conversation_id, client_message_id)
                WHERE client_message_id IS NOT NULL""",
            """
            CREATE TABLE escalations (
                id INTEGER PRIMARY KEY,
                conversation_id TEXT NOT NULL REFERENCES conversations(id),
                reason TEXT NOT NULL,
                detail TEXT,
                summary TEXT,
                trend TEXT,
                escalated_at INTEGER NOT NULL,
                ended_at INTEGER)""",
            // At most one open escalation per conversation; also how openEscalation finds it.
            """
            CREATE UNIQUE INDEX escalations_open_by_conversation ON escalations(conversation_id)
                WHERE ended_at IS NULL""",
            // The agents' queue: open escalations, oldest first.
            "CREATE INDEX escalations_open_by_time ON escalations(escalated_at, id) WHERE ended_at IS NULL",
            """
            CREATE TABLE feedback (
                conversation_id TEXT PRIMARY KEY REFERENCES conversations(id),
                rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
                comment TEXT,
                created_at INTEGER NOT NULL)""",
            """
            CREATE TABLE deliveries (
                channel TEXT NOT NULL,
                delivery_id TEXT NOT NULL,
                received_at INTEGER NOT NULL,
                PRIMARY KEY (channel, delivery_id)) WITHOUT ROWID""",
            """
            CREATE TABLE agents (
                username TEXT PRIMARY KEY,
                password_hash TEXT NOT NULL,
                role TEXT NOT NULL,
                created_at INTEGER NOT NULL)""",
            """
            CREATE TABLE agent_sessions (
                token_hash TEXT PRIMARY KEY,
                username TEXT NOT NULL REFERENCES agents(username),
                role TEXT NOT NULL,
                expires_at INTEGER NOT NULL)"""),
            List.of(
                    "ALTER TABLE agents ADD COLUMN disabled_at INTEGER",
                    // When the customer was told the wait is longer than it should be; set once per escalation.
                    "ALTER TABLE escalations ADD COLUMN overdue_at INTEGER",
                    "CREATE INDEX conversations_by_customer ON conversations(customer_id, created_at)",
                    "CREATE INDEX customers_by_email ON customers(email) WHERE email IS NOT NULL"),
            List.of(
                    // A delivery's payload is kept from its acknowledgement until it is processed.
                    "ALTER TABLE deliveries ADD COLUMN payload TEXT",
                    "ALTER TABLE deliveries ADD COLUMN processed_at INTEGER",
                    "CREATE INDEX deliveries_pending ON deliveries(channel, received_at) WHERE payload IS NOT NULL"),
            List.of(
                    // When a message reached the customer's messaging platform; null while it has not.
                    "ALTER TABLE messages ADD COLUMN delivered_at INTEGER",
                    "UPDATE messages SET delivered_at = created_at",
                    "CREATE INDEX messages_undelivered ON messages(created_at) WHERE delivered_at IS NULL"),
            List.of(
                    // Ids are kept per channel ("telegram:42", "web:u-17"): a website visitor who sends a
                    // platform user's id is another customer. An id's channel is that of its first conversation.
                    """
                    UPDATE customers SET external_id = coalesce(
                        (SELECT c.channel FROM conversations c WHERE c.customer_id = customers.id
                         ORDER BY c.created_at LIMIT 1), 'web') || ':' || external_id
                    WHERE external_id IS NOT NULL""",
                    // Whether the channel vouched for the customer; only they are linked to other conversations.
                    "ALTER TABLE customers ADD COLUMN verified INTEGER NOT NULL DEFAULT 0",
                    // Platform ids came from signed webhooks; website ids were taken on trust, so not verified.
                    "UPDATE customers SET verified = 1 WHERE external_id IS NOT NULL AND external_id NOT LIKE 'web:%'",
                    "UPDATE customers SET external_id = NULL WHERE verified = 0"),
            List.of(
                    """
                    CREATE TABLE audit_log (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        at INTEGER NOT NULL,
                        actor TEXT NOT NULL,
                        action TEXT NOT NULL,
                        target_type TEXT,
                        target_id TEXT,
                        source_address TEXT,
                        detail TEXT)""",
                    "CREATE INDEX audit_log_by_time ON audit_log(at, id)",
                    // Append-only for everything that opens the file, not only for the application's code.
                    """
                    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
                    """
                    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"""),
            List.of(
                    // Encryption at rest: a row's key_id names the key its sealed columns are encrypted
                    // with (NULL: plain text). Columns looked up by equality get a *_key twin holding the
                    // value itself (plain) or its keyed hash (encrypted).
                    "ALTER TABLE customers ADD COLUMN key_id TEXT",
                    "ALTER TABLE customers ADD COLUMN external_ref TEXT",
                    "ALTER TABLE customers ADD COLUMN email_key TEXT",
                    "UPDATE customers SET external_ref = external_id, email_key = CASE WHEN verified = 1 THEN email END",
                    "DROP INDEX customers_by_email",
                    "CREATE INDEX customers_by_email_key ON customers(email_key) WHERE email_key IS NOT NULL",
                    "ALTER TABLE conversations ADD COLUMN key_id TEXT",
                    "ALTER TABLE conversations ADD COLUMN channel_address_key TEXT",
                    "UPDATE conversations SET channel_address_key = channel_address",
                    "DROP INDEX conversations_by_address",
                    "CREATE INDEX conversations_by_address_key ON conversations(channel, channel_address_key, created_at)",
                    "ALTER TABLE messages ADD COLUMN key_id TEXT",
                    // With privacy.redact: store, text holds the masked form and this what was written.
                    "ALTER TABLE messages ADD COLUMN original_text TEXT",
                    "ALTER TABLE escalations ADD COLUMN key_id TEXT",
                    "ALTER TABLE feedback ADD COLUMN key_id TEXT",
                    "ALTER TABLE deliveries ADD COLUMN key_id TEXT",
                    // What each key id stood for when first used: a different key under a known id is refused.
                    """
                    CREATE TABLE encryption_keys (
                        key_id TEXT PRIMARY KEY,
                        check_value TEXT NOT NULL,
                        first_used_at INTEGER NOT NULL)"""),
            List.of(
                    // en or zh: detected from the text, or the language the bot answered in. NULL before this
                    // version: read as detected from the text.
                    "ALTER TABLE messages ADD COLUMN language TEXT"));

    private Schema() {}

    /** The version this build writes. */
    static int currentVersion() {
        return MIGRATIONS.size();
    }

    /** Brings the database up to the current version; fails on a database from a newer build. */
    static void migrate(Database database, Instant now) {
        int applied = database.write(Schema::appliedVersion);
        if (applied > currentVersion()) {
            throw new IllegalStateException("The database has schema version " + applied
                    + ", newer than this build knows (" + currentVersion() + "); use a newer Chatdesk");
        }
        for (int version = applied + 1; version <= currentVersion(); version++) {
            int next = version;
            database.write(connection -> {
                // Checked again inside the transaction: another process may have migrated meanwhile.
                if (appliedVersion(connection) < next) {
                    for (String statement : MIGRATIONS.get(next - 1)) {
                        Sql.update(connection, statement);
                    }
                    Sql.update(connection, "INSERT INTO schema_version(version, applied_at) VALUES (?, ?)", next, now);
                }
                return null;
            });
        }
    }

    private static int appliedVersion(Connection connection) throws SQLException {
        Sql.update(connection,
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)");
        return Sql.first(connection, "SELECT coalesce(max(version), 0) FROM schema_version", row -> row.getInt(1))
                .orElse(0);
    }
}
