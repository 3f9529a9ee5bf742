package dev.chatdesk.storage.sqlite;

import dev.chatdesk.storage.crypto.RecordCipher;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import dev.chatdesk.storage.jdbc.JdbcStorageContracts;
import dev.chatdesk.storage.jdbc.StorageBackEnd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.stream.Stream;

/** The SQLite storage keeps every storage contract. */
class SqliteStoresTest extends JdbcStorageContracts {
    @Override
    protected StorageBackEnd backEnd(Path directory) {
        Path file = directory.resolve("chatdesk.db");
        return new StorageBackEnd() {
            @Override
            public JdbcStorage open(Clock clock, RecordCipher cipher) {
                return SqliteStorage.open(file, clock, cipher);
            }

            /** Every file of the database (the main file, its write-ahead log and shared memory) as Latin-1 text. */
            @Override
            public String rawText() throws IOException {
                StringBuilder text = new StringBuilder();
                try (Stream<Path> files = Files.list(directory)) {
                    for (Path each : files.filter(f -> f.getFileName().toString().startsWith("chatdesk.db")).toList()) {
                        text.append(new String(Files.readAllBytes(each), StandardCharsets.ISO_8859_1));
                    }
                }
                return text.toString();
            }

            @Override
            public void execute(String sql) throws SQLException {
                try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                        Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            }

            @Override
            public void close() {
                // The directory goes with the test.
            }
        };
    }
}
