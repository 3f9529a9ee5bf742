package dev.chatdesk.storage.postgres;

import dev.chatdesk.storage.crypto.RecordCipher;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import dev.chatdesk.storage.jdbc.JdbcStorageContracts;
import dev.chatdesk.storage.jdbc.StorageBackEnd;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.UnaryOperator;

/** The PostgreSQL storage keeps every storage contract. */
class PostgresStoresTest extends JdbcStorageContracts {
    @Override
    protected StorageBackEnd backEnd(Path directory) {
        TestPostgres.Schema schema = TestPostgres.freshSchema();
        return new StorageBackEnd() {
            @Override
            public JdbcStorage open(Clock clock, RecordCipher cipher) {
                return PostgresStorage.open(schema.settings(), clock, cipher, UnaryOperator.identity());
            }

            /** Every row of every table of the schema, as PostgreSQL writes rows as text. */
            @Override
            public String rawText() throws SQLException {
                return schema.allRows();
            }

            @Override
            public void execute(String sql) throws SQLException {
                schema.execute(sql);
            }

            @Override
            public void close() {
                schema.close();
            }
        };
    }
}
