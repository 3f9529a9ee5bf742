package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.store.contract.StoreContracts;
import dev.chatdesk.core.store.contract.StoresUnderTest;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/**
 * Every contract suite of the stores, and those of what a JDBC storage adds (customers' data,
 * encryption, the audit log), run over one back end's databases: a back end's test extends it.
 */
public abstract class JdbcStorageContracts extends StoreContracts {
    /** A new, empty database of the back end, made in an empty directory if it needs one. */
    protected abstract StorageBackEnd backEnd(Path directory);

    @Override
    protected StoresUnderTest open(Path directory, Clock clock) {
        StorageBackEnd backEnd = backEnd(directory);
        return StoresUnderTest.of(backEnd.open(clock, RecordCipher.plain()), backEnd::close);
    }

    @Nested
    class CustomersData extends CustomerDataContract {
        CustomersData() {
            super(JdbcStorageContracts.this::backEnd);
        }
    }

    @Nested
    class Encryption extends EncryptionContract {
        Encryption() {
            super(JdbcStorageContracts.this::backEnd);
        }
    }

    @Nested
    class TwoNodes extends ConcurrencyContract {
        TwoNodes() {
            super(JdbcStorageContracts.this::backEnd);
        }
    }

    @Nested
    class Measures extends InsightsContract {
        Measures() {
            super(JdbcStorageContracts.this::backEnd);
        }
    }

    @Nested
    class Profiles extends CustomerProfilesContract {
        Profiles() {
            super(JdbcStorageContracts.this::backEnd);
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        Audit() {
            super(JdbcStorageContracts.this::backEnd);
        }
    }
}
