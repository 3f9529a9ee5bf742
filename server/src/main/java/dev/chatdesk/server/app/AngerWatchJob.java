package dev.chatdesk.server.app;

import dev.chatdesk.core.insights.AngerWatch;
import dev.chatdesk.server.cluster.OneNodeAtATime;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link AngerWatch} every so often, on one node of a cluster at a time, and counts what
 * it does in the metrics: {@code chatdesk_insights_alerts_raised_total} and
 * {@code chatdesk_insights_alert_open} (1 while an alert is open, as this node last saw).
 */
final class AngerWatchJob {
    private static final Logger LOG = LoggerFactory.getLogger(AngerWatchJob.class);

    private final AngerWatch watch;
    private final Executor blocking;
    private final Counter raised;
    private final AtomicInteger open = new AtomicInteger();

    AngerWatchJob(AngerWatch watch, Executor blocking, MeterRegistry metrics) {
        this.watch = watch;
        this.blocking = blocking;
        this.raised = Counter.builder("chatdesk_insights_alerts_raised").tag("kind", AngerWatch.KIND)
                .description("Sentiment alerts raised").register(metrics);
        Gauge.builder("chatdesk_insights_alert_open", open, AtomicInteger::get).tag("kind", AngerWatch.KIND)
                .description("Whether a sentiment alert is open (1) or not (0)").register(metrics);
    }

    /** Checks every {@code period} from now on; the timer's id. */
    long schedule(Vertx vertx, Duration period) {
        OneNodeAtATime oneNode = new OneNodeAtATime(vertx, "anger-watch");
        return vertx.setPeriodic(period.toMillis(), ignored -> oneNode
                .runIfFree(() -> Future.fromCompletionStage(CompletableFuture.supplyAsync(watch::check, blocking)))
                .onComplete((outcome, failure) -> {
                    if (failure != null) {
                        LOG.warn("Could not check the share of angry conversations", failure);
                    } else if (outcome != null) {
                        noted(outcome);
                    }
                }));
    }

    private void noted(AngerWatch.Outcome outcome) {
        switch (outcome) {
            case RAISED -> {
                raised.increment();
                open.set(1);
                LOG.warn("Sentiment alert raised: the share of angry conversations jumped");
            }
            case STILL_OPEN -> open.set(1);
            case CLEARED -> {
                open.set(0);
                LOG.info("Sentiment alert cleared");
            }
            case CALM -> open.set(0);
        }
    }
}
