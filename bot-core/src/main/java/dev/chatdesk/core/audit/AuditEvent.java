package dev.chatdesk.core.audit;

import java.util.Objects;

/**
 * One action to record: who ({@code actor}, an agent's username, or {@code system} and {@code cli}
 * for the server's own jobs and the command line), what, to what ({@code targetType} such as
 * {@code conversation}, {@code customer}, {@code article}, {@code agent}, and its id; both null when
 * the action has no target), from which address (null outside HTTP), and a short detail that holds
 * no customer data (a transfer's new agent, a count).
 */
public record AuditEvent(String actor, AuditAction action, String targetType, String targetId, String sourceAddress,
        String detail) {
    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }

    /** An action of the server's own with no address, such as a retention run. */
    public static AuditEvent bySystem(AuditAction action, String targetType, String targetId, String detail) {
        return new AuditEvent("system", action, targetType, targetId, null, detail);
    }
}
