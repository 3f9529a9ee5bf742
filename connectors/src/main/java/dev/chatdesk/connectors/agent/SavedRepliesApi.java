package dev.chatdesk.connectors.agent;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.Fields;
import dev.chatdesk.connectors.http.JsonRequests;
import dev.chatdesk.connectors.http.Replies;
import dev.chatdesk.core.conversation.SavedReply;
import dev.chatdesk.core.store.SavedReplyStore;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The team's saved replies: every agent lists them ({@code GET /api/v1/agent/saved-replies}) to
 * insert one with {@code /shortcut}; admins write ({@code PUT /api/v1/admin/saved-replies/{shortcut}})
 * and delete them. Changes are audited by the {@link AuditTrail}.
 */
public final class SavedRepliesApi {
    private final SavedReplyStore replies;
    private final Executor blocking;
    private final Clock clock;

    /** Keeps the replies in {@code replies}, on {@code blocking} threads, stamped by {@code clock}. */
    public SavedRepliesApi(SavedReplyStore replies, Executor blocking, Clock clock) {
        this.replies = replies;
        this.blocking = blocking;
        this.clock = clock;
    }

    /** Adds the routes (behind the agent and admin checks). */
    void mount(Router router) {
        router.get("/api/v1/agent/saved-replies").handler(ctx -> Replies.json(ctx, 200,
                CompletableFuture.supplyAsync(replies::savedReplies, blocking), list -> {
                    JsonArray json = new JsonArray();
                    list.forEach(reply -> json.add(json(reply)));
                    return json;
                }));
        router.put("/api/v1/admin/saved-replies/:shortcut").handler(this::save);
        router.delete("/api/v1/admin/saved-replies/:shortcut").handler(this::delete);
    }

    private void save(RoutingContext ctx) {
        String shortcut = shortcut(ctx);
        String text = Fields.requiredString(JsonRequests.body(ctx, false), "text", SavedReply.MAX_TEXT_CHARS);
        if (text.isBlank()) {
            throw ApiError.invalid("'text' must not be blank.");
        }
        SavedReply reply = new SavedReply(shortcut, text.strip(), AgentAuth.session(ctx).username(), clock.instant());
        Replies.json(ctx, 200, CompletableFuture.runAsync(() -> replies.saveReply(reply), blocking), ignored -> json(reply));
    }

    private void delete(RoutingContext ctx) {
        String shortcut = shortcut(ctx);
        Replies.onContext(ctx, CompletableFuture.supplyAsync(() -> replies.deleteReply(shortcut), blocking))
                .onSuccess(deleted -> {
                    if (deleted) {
                        ctx.response().setStatusCode(204).end();
                    } else {
                        ctx.fail(ApiError.notFound("There is no saved reply /" + shortcut + "."));
                    }
                })
                .onFailure(ctx::fail);
    }

    private static String shortcut(RoutingContext ctx) {
        String shortcut = ctx.pathParam("shortcut");
        if (!SavedReply.SHORTCUT.matcher(shortcut).matches()) {
            throw ApiError.invalid("A shortcut is 1 to 32 lower-case letters, digits, - and _ (such as refund-time), was '"
                    + shortcut + "'.");
        }
        return shortcut;
    }

    private static JsonObject json(SavedReply reply) {
        return new JsonObject().put("shortcut", reply.shortcut()).put("text", reply.text())
                .put("updatedBy", reply.updatedBy()).put("updatedAt", reply.updatedAt().toString());
    }
}
