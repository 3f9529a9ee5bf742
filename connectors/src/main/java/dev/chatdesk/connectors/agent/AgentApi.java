package dev.chatdesk.connectors.agent;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.ClientAddress;
import dev.chatdesk.connectors.http.Fields;
import dev.chatdesk.connectors.http.JsonRequests;
import dev.chatdesk.connectors.http.MessageJson;
import dev.chatdesk.connectors.http.RateLimiter;
import dev.chatdesk.connectors.http.Replies;
import dev.chatdesk.connectors.http.Tokens;
import dev.chatdesk.core.conversation.AgentRole;
import dev.chatdesk.core.conversation.AgentSession;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.kb.KnowledgeBase;
import dev.chatdesk.core.service.ConversationRecord;
import dev.chatdesk.core.service.ConversationService;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The agent API: login, the queue, and taking over, answering, handing back and closing escalated
 * conversations; admins also create accounts. Every call but login needs an agent's token.
 */
public final class AgentApi {
    private static final String SESSION = "agentSession";
    private static final int QUEUE_LAST_MESSAGES = 5;
    private static final int SUGGESTIONS = 3;

    private final ConversationService conversations;
    private final AgentAccounts accounts;
    private final KnowledgeBase knowledgeBase;
    private final Executor blocking;
    private final RateLimiter logins;
    private final int maxMessageChars;

    /**
     * An API over the service and accounts; suggestions come from the knowledge base; blocking
     * work runs on {@code blocking}; logins are limited per client; agents' messages have at most
     * {@code maxMessageChars} characters.
     */
    public AgentApi(ConversationService conversations, AgentAccounts accounts, KnowledgeBase knowledgeBase, Executor blocking,
            RateLimiter logins, int maxMessageChars) {
        this.conversations = conversations;
        this.accounts = accounts;
        this.knowledgeBase = knowledgeBase;
        this.blocking = blocking;
        this.logins = logins;
        this.maxMessageChars = maxMessageChars;
    }

    /** Adds the routes to the router (a body handler must already run before them). */
    public void mount(Router router) {
        router.post("/api/v1/auth/login").handler(this::login);
        router.route("/api/v1/agent/*").handler(this::authenticate);
        router.route("/api/v1/admin/*").handler(this::authenticate).handler(AgentApi::requireAdmin);
        router.get("/api/v1/agent/queue").handler(this::queue);
        router.post("/api/v1/agent/conversations/:id/claim").handler(this::claim);
        router.get("/api/v1/agent/conversations/:id").handler(this::conversation);
        router.post("/api/v1/agent/conversations/:id/messages").handler(this::message);
        router.post("/api/v1/agent/conversations/:id/release").handler(this::release);
        router.post("/api/v1/agent/conversations/:id/resolve").handler(this::resolve);
        router.post("/api/v1/admin/agents").handler(this::createAgent);
        new AgentSocket().mount(router, "/api/v1/agent/events");
    }

    /** The logged-in agent of a request that passed authentication. */
    static AgentSession session(RoutingContext ctx) {
        return ctx.get(SESSION);
    }

    private void login(RoutingContext ctx) {
        logins.acquire(ClientAddress.of(ctx));
        JsonObject body = JsonRequests.body(ctx, false);
        String username = Fields.requiredString(body, "username", 64);
        String password = Fields.requiredString(body, "password", 256);
        Replies.json(ctx, 200, onBlocking(() -> accounts.login(username, password)), login -> new JsonObject()
                .put("token", login.token())
                .put("role", login.role().wireName())
                .put("expiresAt", login.expiresAt().toString()));
    }

    private void authenticate(RoutingContext ctx) {
        String token = Tokens.bearer(ctx.request().getHeader("Authorization"));
        if (ctx.request().canUpgradeToWebSocket()) {
            // Held until the token is checked: an upgrade must happen before the request is read to its end.
            ctx.request().pause();
            if (token == null) {
                token = ctx.request().getParam("token");
            }
        }
        String presented = token;
        Replies.onContext(ctx, onBlocking(() -> accounts.authenticate(presented))).onSuccess(session -> {
            ctx.put(SESSION, session);
            ctx.next();
        }).onFailure(ctx::fail);
    }

    private static void requireAdmin(RoutingContext ctx) {
        if (session(ctx).role() != AgentRole.ADMIN) {
            throw ApiError.forbidden("Only an admin may do this.");
        }
        ctx.next();
    }

    private void queue(RoutingContext ctx) {
        Replies.json(ctx, 200, conversations.queue(QUEUE_LAST_MESSAGES), entries -> {
            JsonArray queue = new JsonArray();
            entries.forEach(e -> queue.add(AgentJson.queueEntry(e)));
            return queue;
        });
    }

    private void claim(RoutingContext ctx) {
        Replies.json(ctx, 200, conversations.claim(ctx.pathParam("id"), session(ctx).username()), AgentJson::conversation);
    }

    private void conversation(RoutingContext ctx) {
        Replies.json(ctx, 200, conversations.record(ctx.pathParam("id")).thenApplyAsync(this::withSuggestions, blocking), json -> json);
    }

    private JsonObject withSuggestions(ConversationRecord record) {
        JsonObject json = AgentJson.record(record);
        String lastQuestion = record.messages().stream().filter(m -> m.role() == Role.CUSTOMER)
                .reduce((a, b) -> b).map(m -> m.text()).orElse(null);
        JsonArray suggestions = new JsonArray();
        if (lastQuestion != null) {
            knowledgeBase.search(lastQuestion, SUGGESTIONS).hits().forEach(hit -> suggestions.add(new JsonObject()
                    .put("id", hit.articleId())
                    .put("title", hit.title())
                    .put("url", hit.url())
                    .put("passage", hit.passage())
                    .put("score", hit.score())));
        }
        return json.put("suggestions", suggestions);
    }

    private void message(RoutingContext ctx) {
        JsonObject body = JsonRequests.body(ctx, false);
        String text = Fields.messageText(body, "text", maxMessageChars);
        Replies.json(ctx, 200, conversations.agentMessage(ctx.pathParam("id"), session(ctx).username(), text),
                message -> new JsonObject().put("message", MessageJson.message(message)));
    }

    private void release(RoutingContext ctx) {
        Replies.json(ctx, 200, conversations.release(ctx.pathParam("id"), session(ctx).username()), AgentJson::conversation);
    }

    private void resolve(RoutingContext ctx) {
        Replies.json(ctx, 200, conversations.resolve(ctx.pathParam("id"), session(ctx).username()), AgentJson::conversation);
    }

    private void createAgent(RoutingContext ctx) {
        JsonObject body = JsonRequests.body(ctx, false);
        String username = Fields.requiredString(body, "username", 64);
        if (!username.matches("[A-Za-z0-9._-]{2,64}")) {
            throw ApiError.invalid("'username' must be 2 to 64 letters, digits, dots, dashes or underscores.");
        }
        String password = Fields.requiredString(body, "password", 256);
        if (password.length() < 10) {
            throw ApiError.invalid("'password' must have at least 10 characters.");
        }
        String roleName = Fields.optionalString(body, "role", 16);
        AgentRole role;
        if (roleName == null || roleName.equals("agent")) {
            role = AgentRole.AGENT;
        } else if (roleName.equals("admin")) {
            role = AgentRole.ADMIN;
        } else {
            throw ApiError.invalid("'role' must be agent or admin.");
        }
        Replies.json(ctx, 201, onBlocking(() -> accounts.create(username, password, role)), account -> new JsonObject()
                .put("username", account.username())
                .put("role", account.role().wireName())
                .put("createdAt", account.createdAt().toString()));
    }

    private <T> CompletableFuture<T> onBlocking(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, blocking);
    }
}
