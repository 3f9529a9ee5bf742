package dev.chatdesk.core.audit;

import java.time.Instant;

/** A recorded action: its place in the log ({@code id}, increasing), its time, and the event. */
public record AuditEntry(long id, Instant at, AuditEvent event) {}
