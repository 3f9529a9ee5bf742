package dev.chatdesk.connectors.agent;

import dev.chatdesk.connectors.events.EventBusConversationEvents;
import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.Fields;
import dev.chatdesk.connectors.http.JsonRequests;
import dev.chatdesk.connectors.http.MessageJson;
import dev.chatdesk.connectors.http.RateLimiter;
import dev.chatdesk.connectors.http.Replies;
import dev.chatdesk.core.audit.AuditLog;
import dev.chatdesk.core.service.AgentAssist;
import dev.chatdesk.core.service.AgentDesk;
import dev.chatdesk.core.service.ConversationRecord;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The agent API: login, the queue, the inbox's views and search, saved replies, and taking over, answering, annotating, transferring, handing
 * back and closing escalated conversations, with agent assist; admins also manage accounts.
 * Every call but login needs an agent's token.
 */
public final class AgentApi {
    private static final int QUEUE_LAST_MESSAGES = 5;

    private final AgentDesk desk;
    private final AgentAccounts accounts;
    private final AgentAssist assist;
    private final Executor blocking;
    private final int maxMessageChars;
    private final AgentAuth auth;
    private final AgentAccountsApi accountsApi;
    private final AgentSocket socket;
    private final AuditTrail auditTrail;
    private final AuditApi auditApi;
    private final ConversationSearchApi search;
    private final SavedRepliesApi savedReplies;

    /**
     * An API over the agent desk and the accounts; suggestions come from {@code assist}; typing is
     * told through {@code events}; blocking work runs on {@code blocking}; logins are limited per
     * client; agents' messages and notes have at most {@code maxMessageChars} characters; every action
     * is recorded in {@code audit}, which admins read; {@code savedReplies} serves the team's saved replies.
     */
    public AgentApi(AgentDesk desk, AgentAccounts accounts, AgentAssist assist, EventBusConversationEvents events,
            Executor blocking, RateLimiter logins, int maxMessageChars, AuditLog audit, SavedRepliesApi savedReplies) {
        this.desk = desk;
        this.accounts = accounts;
        this.assist = assist;
        this.blocking = blocking;
        this.maxMessageChars = maxMessageChars;
        this.auth = new AgentAuth(accounts, blocking, logins);
        this.accountsApi = new AgentAccountsApi(accounts, blocking);
        this.socket = new AgentSocket(desk, accounts, events, blocking);
        this.auditTrail = new AuditTrail(audit, blocking);
        this.auditApi = new AuditApi(audit, blocking);
        this.search = new ConversationSearchApi(desk);
        this.savedReplies = savedReplies;
    }

    /**
     * Adds the routes to the router (a body handler must already run before them), and the audit
     * trail of them and of admin routes mounted after them.
     */
    public void mount(Router router) {
        auditTrail.mount(router);
        auth.mount(router);
        auditApi.mount(router);
        accountsApi.mount(router);
        router.get("/api/v1/agent/queue").handler(this::queue);
        search.mount(router);
        savedReplies.mount(router);
        router.post("/api/v1/agent/conversations/:id/claim").handler(ctx -> Replies.json(ctx, 200,
                desk.claim(id(ctx), AgentAuth.session(ctx)), AgentJson::conversation));
        router.get("/api/v1/agent/conversations/:id").handler(this::conversation);
        router.get("/api/v1/agent/conversations/:id/order").handler(this::order);
        router.post("/api/v1/agent/conversations/:id/messages").handler(ctx -> Replies.json(ctx, 200,
                desk.message(id(ctx), AgentAuth.session(ctx), text(ctx)), m -> new JsonObject().put("message", MessageJson.messageForAgents(m))));
        router.post("/api/v1/agent/conversations/:id/notes").handler(ctx -> Replies.json(ctx, 201,
                desk.note(id(ctx), AgentAuth.session(ctx), text(ctx)), m -> new JsonObject().put("message", MessageJson.messageForAgents(m))));
        router.post("/api/v1/agent/conversations/:id/messages/:messageId/reveal").handler(this::reveal);
        router.post("/api/v1/agent/conversations/:id/transfer").handler(this::transfer);
        router.post("/api/v1/agent/conversations/:id/release").handler(ctx -> Replies.json(ctx, 200,
                desk.release(id(ctx), AgentAuth.session(ctx)), AgentJson::conversation));
        router.post("/api/v1/agent/conversations/:id/resolve").handler(ctx -> Replies.json(ctx, 200,
                desk.resolve(id(ctx), AgentAuth.session(ctx)), AgentJson::conversation));
        socket.mount(router, AgentAuth.EVENTS);
    }

    private void queue(RoutingContext ctx) {
        Replies.json(ctx, 200, desk.queue(QUEUE_LAST_MESSAGES), entries -> {
            JsonArray queue = new JsonArray();
            entries.forEach(e -> queue.add(AgentJson.queueEntry(e)));
            return queue;
        });
    }

    private void conversation(RoutingContext ctx) {
        Replies.json(ctx, 200, desk.record(id(ctx), AgentAuth.session(ctx)).thenApplyAsync(this::withSuggestions, blocking),
                json -> json);
    }

    private JsonObject withSuggestions(ConversationRecord record) {
        return AgentJson.withSuggestions(AgentJson.record(record), assist.suggest(record.messages()));
    }

    /** The order the conversation is about, as the shop's API tells it: for the console's order panel. */
    private void order(RoutingContext ctx) {
        Replies.json(ctx, 200, desk.order(id(ctx), AgentAuth.session(ctx)).handle((order, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                if (cause instanceof UncheckedIOException unreachable) {
                    throw ApiError.of(502, "order_api_unavailable", "The shop's order API did not answer: "
                            + unreachable.getCause().getMessage());
                }
                throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
            }
            return order.orElseThrow(() -> ApiError.notFound("The bot has not learnt an order number in this conversation."));
        }), order -> new JsonObject().put("orderNumber", order.number()).put("found", order.found())
                .put("order", order.found() ? new JsonObject(order.json()) : null));
    }

    private void reveal(RoutingContext ctx) {
        String messageId = ctx.pathParam("messageId");
        Replies.json(ctx, 200, desk.reveal(id(ctx), messageId, AgentAuth.session(ctx)), text -> new JsonObject()
                .put("messageId", messageId)
                .put("text", text.orElseThrow(() -> ApiError.notFound("Message " + messageId
                        + " of this conversation is not stored masked: its text is the one written."))));
    }

    private void transfer(RoutingContext ctx) {
        JsonObject body = JsonRequests.body(ctx, false);
        String to = Fields.requiredString(body, "to", 64);
        Replies.json(ctx, 200, CompletableFuture.supplyAsync(() -> accounts.enabled(to), blocking)
                .thenCompose(account -> desk.transfer(id(ctx), AgentAuth.session(ctx), account.username())), AgentJson::conversation);
    }

    private String text(RoutingContext ctx) {
        return Fields.messageText(JsonRequests.body(ctx, false), "text", maxMessageChars);
    }

    private static String id(RoutingContext ctx) {
        return ctx.pathParam("id");
    }
}
