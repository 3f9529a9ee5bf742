package dev.chatdesk.connectors.agent;

import dev.chatdesk.connectors.http.QueryParams;
import dev.chatdesk.connectors.http.Replies;
import dev.chatdesk.core.audit.AuditEntry;
import dev.chatdesk.core.audit.AuditLog;
import dev.chatdesk.core.audit.AuditQuery;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * {@code GET /api/v1/admin/audit?from=&to=&actor=&before=&limit=}: the audit log for admins, newest
 * first, a page at a time ({@code nextBefore} asks for the next). Read only: the API has no call that
 * changes or removes an entry.
 */
public final class AuditApi {
    private static final int MAX_LIMIT = 500;

    private final AuditLog log;
    private final Executor blocking;

    /** Reads {@code log} on {@code blocking} threads. */
    public AuditApi(AuditLog log, Executor blocking) {
        this.log = log;
        this.blocking = blocking;
    }

    /** Adds the route (behind the admin check of {@code /api/v1/admin/*}). */
    public void mount(Router router) {
        router.get("/api/v1/admin/audit").handler(this::entries);
    }

    private void entries(RoutingContext ctx) {
        long before = QueryParams.optionalLong(ctx, "before", 1, Long.MAX_VALUE, 0);
        int limit = (int) QueryParams.optionalLong(ctx, "limit", 1, MAX_LIMIT, 100);
        String actor = ctx.request().getParam("actor");
        AuditQuery query = new AuditQuery(QueryParams.optionalInstant(ctx, "from"), QueryParams.optionalInstant(ctx, "to"),
                actor == null || actor.isBlank() ? null : actor, before == 0 ? null : before, limit);
        Replies.json(ctx, 200, CompletableFuture.supplyAsync(() -> log.entries(query), blocking),
                entries -> json(entries, limit));
    }

    private static JsonObject json(List<AuditEntry> entries, int limit) {
        JsonArray list = new JsonArray();
        entries.forEach(entry -> list.add(new JsonObject()
                .put("id", entry.id())
                .put("at", entry.at().toString())
                .put("actor", entry.event().actor())
                .put("action", entry.event().action().wireName())
                .put("targetType", entry.event().targetType())
                .put("targetId", entry.event().targetId())
                .put("sourceAddress", entry.event().sourceAddress())
                .put("detail", entry.event().detail())));
        return new JsonObject()
                .put("entries", list)
                .put("nextBefore", entries.size() == limit ? entries.getLast().id() : null);
    }
}
