package dev.chatdesk.core.store.memory;

import dev.chatdesk.core.store.contract.StoreContracts;
import dev.chatdesk.core.store.contract.StoresUnderTest;
import java.nio.file.Path;
import java.time.Clock;

/** The in-memory stores keep every store contract. */
class InMemoryStoresTest extends StoreContracts {
    @Override
    protected StoresUnderTest open(Path directory, Clock clock) {
        return StoresUnderTest.of(new InMemoryStores(clock));
    }
}
