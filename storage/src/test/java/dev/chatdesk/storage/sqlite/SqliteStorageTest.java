package dev.chatdesk.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.ManualClock;
import dev.chatdesk.core.conversation.AgentAccount;
import dev.chatdesk.core.conversation.AgentRole;
import dev.chatdesk.core.conversation.AgentSession;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.PendingDelivery;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.conversation.TurnOutcome;
import dev.chatdesk.core.insights.Bucket;
import dev.chatdesk.core.insights.Headline;
import dev.chatdesk.core.insights.InsightsRange;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.SentimentLabel;
import dev.chatdesk.core.store.ConversationQuery;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the SQLite file adds to the store contracts: the file itself, reopening it, its schema version. */
class SqliteStorageTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00.123Z");
    private static final MessageNlu ANGRY_ORDER_QUESTION =
            new MessageNlu("order_status", 0.91, false, SentimentLabel.NEGATIVE, 0.87, 0.72);

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(START);
    private Path file;
    private JdbcStorage storage;

    @BeforeEach
    void open() {
        file = dir.resolve("data").resolve("chatdesk.db");
        storage = SqliteStorage.open(file, clock);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void createsTheDatabaseAndItsDirectoryInWriteAheadLogMode() throws SQLException {
        assertTrue(Files.isRegularFile(file));
        assertEquals(List.of("wal"), queryRow("PRAGMA journal_mode"));
    }

    @Test
    void everythingSurvivesClosingAndReopening() {
        Conversation conversation = webConversation();
        String id = conversation.id();
        Message question = storage.conversations().append(id, NewMessage.fromCustomer("I want a human", "k1"));
        storage.conversations().completeTurn(id, question.id(), ANGRY_ORDER_QUESTION, new TurnOutcome(
                List.of(NewMessage.of(Role.SYSTEM, "Finding an agent")), "{\"s\":1}",
                ConversationStatus.WAITING_FOR_AGENT, escalation(id, START)));
        AgentAccount ann = new AgentAccount("ann", "$argon2id$hash", AgentRole.AGENT, START, false);
        storage.agents().createAgent(ann);
        AgentSession session = new AgentSession("token-hash", "ann", AgentRole.AGENT, START.plusSeconds(3600));
        storage.agents().saveSession(session);
        storage.deliveries().firstDelivery("telegram", "update-1", "{\"text\":\"hi\"}");
        List<Message> messages = storage.conversations().messages(id);
        Conversation stored = storage.conversations().find(id).orElseThrow();

        storage.close();
        storage = SqliteStorage.open(file, clock);

        assertEquals(Optional.of(stored), storage.conversations().find(id));
        assertEquals(messages, storage.conversations().messages(id));
        assertEquals(Optional.of("{\"s\":1}"), storage.conversations().dialogueState(id));
        assertEquals(List.of(escalation(id, START)), storage.conversations().openEscalations());
        assertEquals(Optional.of(ann), storage.agents().agent("ann"));
        assertEquals(Optional.of(session), storage.agents().session("token-hash"));
        assertFalse(storage.deliveries().firstDelivery("telegram", "update-1", "{}"));
        assertEquals(List.of(new PendingDelivery("update-1", "{\"text\":\"hi\"}", START)),
                storage.deliveries().pendingDeliveries("telegram"));
    }

    @Test
    void sequenceNumbersContinueAfterReopening() {
        String id = webConversation().id();
        storage.conversations().append(id, NewMessage.of(Role.BOT, "one"));
        storage.close();
        storage = SqliteStorage.open(file, clock);

        assertEquals(2, storage.conversations().append(id, NewMessage.of(Role.BOT, "two")).seq());
    }

    @Test
    void aDatabaseWrittenByANewerBuildIsRefused() throws SQLException {
        storage.close();
        execute(file, """
                INSERT INTO flyway_schema_history(installed_rank, version, description, type, script, checksum,
                                                  installed_by, execution_time, success)
                VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'test', 0, 1)""");

        IllegalStateException error =
                assertThrows(IllegalStateException.class, () -> SqliteStorage.open(file, clock));

        assertTrue(error.getMessage().contains("99"), error.getMessage());
    }

    @Test
    void aFileFromBeforeFlywayIsTakenOverAtItsVersionAndBroughtUpToDate() throws Exception {
        Path old = dir.resolve("old").resolve("chatdesk.db");
        Files.createDirectories(old.getParent());
        for (int version = 1; version <= 7; version++) {
            for (String statement : migration(version).split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    execute(old, statement);
                }
            }
        }
        execute(old, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)");
        execute(old, "INSERT INTO schema_version VALUES (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0), (7, 0)");
        execute(old, """
                INSERT INTO customers(id, name, verified, created_at) VALUES (1, 'Ann', 0, 0)""");
        execute(old, """
                INSERT INTO conversations(id, channel, customer_id, status, created_at, updated_at)
                VALUES ('c_old', 'web', 1, 'bot', 0, 0)""");
        execute(old, """
                INSERT INTO messages(id, conversation_id, seq, role, text, created_at)
                VALUES ('m_old', 'c_old', 1, 'customer', '我的包裹在哪里', 0)""");
        execute(old, "INSERT INTO escalations(conversation_id, reason, escalated_at, ended_at) VALUES ('c_old', 'requested', 1000, 90000)");
        execute(old, """
                INSERT INTO messages(id, conversation_id, seq, role, text, created_at, author)
                VALUES ('m_agent', 'c_old', 2, 'agent', '我看一下', 61000, 'mei')""");

        try (JdbcStorage upgraded = SqliteStorage.open(old, clock)) {
            assertEquals("Ann", upgraded.conversations().find("c_old").orElseThrow().customer().name());
            Message kept = upgraded.conversations().messages("c_old").getFirst();
            assertEquals("我的包裹在哪里", kept.text());
            assertEquals(Language.ZH, kept.language(), "version 8 added the language, read as detected");
            assertEquals(3, upgraded.conversations().append("c_old", NewMessage.of(Role.BOT, "我来查一下")).seq());
            assertEquals(List.of("c_old"), upgraded.conversations().search(ConversationQuery.all(5).withText("包裹")).items()
                    .stream().map(listed -> listed.conversation().id()).toList(), "version 11 indexed what was stored before");
            Headline firstDay = upgraded.insights().headline(new InsightsRange(Instant.EPOCH, Instant.EPOCH.plus(Duration.ofDays(1)),
                    Bucket.DAY));
            assertEquals(List.of(1L, 0L), List.of(firstDay.conversations(), firstDay.contained()), "version 13 noted who wrote and escalated");
            assertEquals(Duration.ofSeconds(60), firstDay.firstResponse().p50(), "and the first agent reply");
        }
        assertEquals(List.of("7", "8", "9", "10", "11", "12", "13", "14", "15"), column(old, "SELECT version FROM flyway_schema_history ORDER BY installed_rank"));
        assertEquals(List.of(), column(old, "SELECT name FROM sqlite_master WHERE name = 'schema_version'"));
    }

    private static String migration(int version) throws Exception {
        try (var files = Files.list(Path.of(SqliteStorageTest.class.getResource("/db/migration/sqlite").toURI()))) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith("V" + version + "__")).findFirst().orElseThrow();
            return Files.readString(file);
        }
    }

    private static void execute(Path database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> column(Path database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }

    @Test
    void aClosedStoreRefusesCalls() {
        storage.close();

        assertThrows(IllegalStateException.class, () -> storage.conversations().find("c_x"));
        assertThrows(IllegalStateException.class, this::webConversation);
    }

    private Conversation webConversation() {
        return storage.conversations().create(new NewConversation("web", null, null, "en", "token-hash"));
    }

    private static Escalation escalation(String conversationId, Instant escalatedAt) {
        return new Escalation(conversationId, EscalationReason.ANGER, "anger 0.72 > 0.7", "order 12345", List.of(),
                escalatedAt);
    }

    /** The first row of a query, read straight from the file beside the store. */
    private List<String> queryRow(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next(), "no row for " + sql);
            List<String> row = new ArrayList<>();
            for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                row.add(result.getString(column));
            }
            return row;
        }
    }
}
