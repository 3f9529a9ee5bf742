package dev.chatdesk.core.audit;

import java.util.List;

/**
 * The append-only record of what agents, admins and operators did. There is no way to change or
 * remove an entry through it; an implementation refuses that in the store as well where it can.
 */
public interface AuditLog {
    /** Records the event now, durably before returning. */
    AuditEntry record(AuditEvent event);

    /** The entries the query asks for, newest first. */
    List<AuditEntry> entries(AuditQuery query);
}
