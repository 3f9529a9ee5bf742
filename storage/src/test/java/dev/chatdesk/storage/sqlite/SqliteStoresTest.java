package dev.chatdesk.storage.sqlite;

import dev.chatdesk.core.store.contract.StoreContracts;
import dev.chatdesk.core.store.contract.StoresUnderTest;
import java.nio.file.Path;
import java.time.Clock;

/** The SQLite stores keep every store contract. */
class SqliteStoresTest extends StoreContracts {
    @Override
    protected StoresUnderTest open(Path directory, Clock clock) {
        return StoresUnderTest.of(SqliteStorage.open(directory.resolve("chatdesk.db"), clock));
    }
}
