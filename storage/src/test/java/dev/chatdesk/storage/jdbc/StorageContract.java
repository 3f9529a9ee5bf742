package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.ManualClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What the storage contract suites share: a fresh database of the back end under test for each test, and a clock. */
public abstract class StorageContract {
    protected static final Instant START = Instant.parse("2026-03-01T10:00:00.123Z");

    @TempDir
    protected Path directory;

    protected final ManualClock clock = new ManualClock(START);
    protected StorageBackEnd backEnd;

    private final Function<Path, StorageBackEnd> backEnds;

    /** A suite over the databases {@code backEnds} makes in an empty directory. */
    protected StorageContract(Function<Path, StorageBackEnd> backEnds) {
        this.backEnds = backEnds;
    }

    @BeforeEach
    void makeDatabase() {
        backEnd = backEnds.apply(directory);
    }

    @AfterEach
    void removeDatabase() {
        backEnd.close();
    }
}
