package dev.chatdesk.storage.jdbc;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/** What Flyway knows of a database's schema version, beside the migrations this build carries. */
public final class SchemaVersions {
    private SchemaVersions() {}

    /**
     * Fails when a newer build has migrated the database further than this one knows: its code
     * might not write what the newer schema needs.
     *
     * @throws IllegalStateException naming both versions
     */
    public static void refuseNewer(Flyway flyway) {
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationInfo> newest = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .reduce((first, second) -> second);
        if (newest.isPresent()) {
            throw new IllegalStateException("The database has schema version " + newest.get().getVersion()
                    + ", newer than this build knows (" + latestKnown(flyway) + "); use a newer Chatdesk");
        }
    }

    /** The newest version this build's migrations bring a database to. */
    public static MigrationVersion latestKnown(Flyway flyway) {
        return Arrays.stream(flyway.info().all()).filter(m -> m.getState().isResolved())
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).orElse(MigrationVersion.EMPTY);
    }

    /** The version the database is at, empty before its first migration. */
    public static Optional<MigrationVersion> current(Flyway flyway) {
        return Optional.ofNullable(flyway.info().current()).map(MigrationInfo::getVersion);
    }
}
