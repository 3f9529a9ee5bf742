package dev.chatdesk.server.app;

import dev.chatdesk.core.audit.AuditAction;
import dev.chatdesk.core.audit.AuditEvent;
import dev.chatdesk.core.audit.AuditLog;
import dev.chatdesk.core.conversation.CustomerData;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases closed conversations older than {@code privacy.retentionDays}, a batch per transaction
 * so the server keeps answering beside it; counted in {@code chatdesk_retention_erased_conversations_total}
 * and recorded in the audit log as the system's action.
 */
final class RetentionJob {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
    private static final int BATCH = 200;

    private final CustomerData customers;
    private final AuditLog audit;
    private final Duration retention;
    private final Clock clock;
    private final Counter erased;

    RetentionJob(CustomerData customers, AuditLog audit, Duration retention, Clock clock, MeterRegistry metrics) {
        this.customers = customers;
        this.audit = audit;
        this.retention = retention;
        this.clock = clock;
        this.erased = Counter.builder("chatdesk_retention_erased_conversations")
                .description("Closed conversations erased because they were older than privacy.retentionDays")
                .register(metrics);
    }

    /** Erases every conversation past retention now; the number erased. */
    int run() {
        int total = 0;
        for (int done = customers.eraseClosedBefore(clock.instant().minus(retention), BATCH); done > 0;
                done = customers.eraseClosedBefore(clock.instant().minus(retention), BATCH)) {
            total += done;
            erased.increment(done);
        }
        if (total > 0) {
            audit.record(AuditEvent.bySystem(AuditAction.RETENTION_ERASED, null, null, total + " closed conversations"));
            LOG.info("Retention: erased {} closed conversations older than {} days", total, retention.toDays());
        }
        return total;
    }
}
