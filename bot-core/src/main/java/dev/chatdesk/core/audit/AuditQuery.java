package dev.chatdesk.core.audit;

import java.time.Instant;

/**
 * Which entries to read: recorded at or after {@code from} and before {@code to}, by {@code actor}
 * (each null for any), older than the entry {@code beforeId} (null: from the newest), at most
 * {@code limit}, newest first.
 */
public record AuditQuery(Instant from, Instant to, String actor, Long beforeId, int limit) {
    public AuditQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }
}
