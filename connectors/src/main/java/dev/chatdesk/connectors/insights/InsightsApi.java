package dev.chatdesk.connectors.insights;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.QueryParams;
import dev.chatdesk.connectors.http.Replies;
import dev.chatdesk.core.insights.AngerWatch;
import dev.chatdesk.core.insights.Bucket;
import dev.chatdesk.core.insights.InsightsRange;
import dev.chatdesk.core.insights.QuestionGrouper;
import dev.chatdesk.core.store.InsightsStore;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * {@code GET /api/v1/admin/insights?from=&to=&bucket=hour|day}: the measures of a range for admins,
 * with the headline of the range before it to compare with and the alerts raised in it or still
 * open; {@code GET /api/v1/admin/insights/unanswered?from=&to=}: the questions the bot could not
 * answer in the range, grouped by meaning. Without a range: the last 30 days by day, today included.
 */
public final class InsightsApi {
    private static final long DEFAULT_DAYS = 30;
    private static final long MAX_DAYS = 366;
    private static final long MAX_HOURS = 24 * 31;
    /** A range of up to this length is cut by hour when the request names no bucket. */
    private static final Duration HOURLY_UP_TO = Duration.ofDays(2);

    /** The most recent unanswered questions of a range that are grouped (embedding them is the cost). */
    static final int MAX_UNANSWERED = 1000;

    private final InsightsStore store;
    private final double angryAt;
    private final QuestionGrouper grouper;
    private final Executor blocking;
    private final Clock clock;

    /**
     * Measures from {@code store} on {@code blocking} threads, counting a message angry from
     * {@code angryAt}; unanswered questions grouped by {@code grouper}.
     */
    public InsightsApi(InsightsStore store, double angryAt, QuestionGrouper grouper, Executor blocking, Clock clock) {
        this.store = store;
        this.angryAt = angryAt;
        this.grouper = grouper;
        this.blocking = blocking;
        this.clock = clock;
    }

    /**
     * Adds the routes: the insights behind the admin check of {@code /api/v1/admin/*}, and the open
     * alerts ({@code GET /api/v1/agent/alerts}, for the console's banner) behind the agents' check.
     */
    public void mount(Router router) {
        router.get("/api/v1/admin/insights").handler(this::insights);
        router.get("/api/v1/admin/insights/unanswered").handler(this::unanswered);
        router.get("/api/v1/agent/alerts").handler(ctx -> Replies.json(ctx, 200, CompletableFuture.supplyAsync(
                () -> store.openAlert(AngerWatch.KIND).stream().toList(), blocking),
                alerts -> new JsonObject().put("alerts", InsightsJson.alerts(alerts))));
    }

    private void insights(RoutingContext ctx) {
        InsightsRange range = range(ctx);
        Replies.json(ctx, 200, CompletableFuture.supplyAsync(() -> InsightsJson.insights(store.measure(range, angryAt),
                store.headline(range.previous()), store.alerts(range.from(), range.to())), blocking), json -> json);
    }

    private void unanswered(RoutingContext ctx) {
        InsightsRange range = range(ctx);
        Replies.json(ctx, 200, CompletableFuture.supplyAsync(
                () -> grouper.group(store.unanswered(range.from(), range.to(), MAX_UNANSWERED)), blocking), InsightsJson::groups);
    }

    /**
     * The range the request names: {@code from} and {@code to}; or the last {@code days} up to the
     * end of today (UTC); or the last {@code hours} up to the end of this hour; by default the last
     * 30 days. The server's clock decides what today is, not the browser's.
     */
    private InsightsRange range(RoutingContext ctx) {
        Instant now = clock.instant();
        long hours = QueryParams.optionalLong(ctx, "hours", 1, MAX_HOURS, 0);
        long days = QueryParams.optionalLong(ctx, "days", 1, MAX_DAYS, DEFAULT_DAYS);
        Instant to = QueryParams.optionalDayOrTime(ctx, "to", true);
        if (to == null) {
            to = hours > 0 ? now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1))
                    : now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        }
        Instant from = QueryParams.optionalDayOrTime(ctx, "from", false);
        if (from == null) {
            from = to.minus(hours > 0 ? Duration.ofHours(hours) : Duration.ofDays(days));
        }
        Bucket bucket = bucket(ctx.request().getParam("bucket"), Duration.between(from, to));
        try {
            return new InsightsRange(from, to, bucket);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid("The range is not one to measure: " + e.getMessage() + ".");
        }
    }

    private static Bucket bucket(String name, Duration span) {
        if (name == null) {
            return span.compareTo(HOURLY_UP_TO) <= 0 ? Bucket.HOUR : Bucket.DAY;
        }
        try {
            return Bucket.fromWireName(name);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid("'bucket' must be hour or day, was '" + name + "'.");
        }
    }
}
