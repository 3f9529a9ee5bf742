package dev.chatdesk.connectors.agent;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.ClientAddress;
import dev.chatdesk.connectors.http.Fields;
import dev.chatdesk.connectors.http.JsonRequests;
import dev.chatdesk.connectors.http.RateLimiter;
import dev.chatdesk.connectors.http.Replies;
import dev.chatdesk.connectors.http.Tokens;
import dev.chatdesk.core.conversation.AgentRole;
import dev.chatdesk.core.conversation.AgentSession;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Agents' login and logout, and the check in front of every agent and admin call: a valid,
 * unexpired token (401 otherwise) and, for admin calls, the admin role (403 otherwise).
 */
final class AgentAuth {
    /** The agents' events socket, which may also authenticate with its first frame. */
    static final String EVENTS = "/api/v1/agent/events";
    private static final String SESSION = "agentSession";

    private final AgentAccounts accounts;
    private final Executor blocking;
    private final RateLimiter logins;

    AgentAuth(AgentAccounts accounts, Executor blocking, RateLimiter logins) {
        this.accounts = accounts;
        this.blocking = blocking;
        this.logins = logins;
    }

    /** Adds login, logout and the authentication of {@code /api/v1/agent/**} and {@code /api/v1/admin/**}. */
    void mount(Router router) {
        router.post("/api/v1/auth/login").handler(this::login);
        router.post("/api/v1/auth/logout").handler(this::authenticate).handler(this::logout);
        router.post("/api/v1/auth/password").handler(this::authenticate).handler(this::changePassword);
        router.route("/api/v1/agent/*").handler(this::authenticate);
        router.route("/api/v1/admin/*").handler(this::authenticate).handler(AgentAuth::requireAdmin);
        router.get("/api/v1/agent/me").handler(ctx -> {
            AgentSession session = session(ctx);
            ctx.json(new JsonObject()
                    .put("username", session.username())
                    .put("role", session.role().wireName())
                    .put("expiresAt", session.expiresAt().toString()));
        });
    }

    /** The logged-in agent of a request that passed authentication. */
    static AgentSession session(RoutingContext ctx) {
        return ctx.get(SESSION);
    }

    private void login(RoutingContext ctx) {
        JsonObject body = JsonRequests.body(ctx, false);
        String username = Fields.requiredString(body, "username", 64);
        String password = Fields.requiredString(body, "password", 256);
        logins.acquire(ClientAddress.of(ctx)).onSuccess(allowed -> Replies.json(ctx, 200,
                CompletableFuture.supplyAsync(() -> accounts.login(username, password), blocking),
                login -> new JsonObject()
                        .put("token", login.token())
                        .put("role", login.role().wireName())
                        .put("expiresAt", login.expiresAt().toString()))).onFailure(ctx::fail);
    }

    private void logout(RoutingContext ctx) {
        AgentSession session = session(ctx);
        Replies.onContext(ctx, CompletableFuture.runAsync(() -> accounts.logout(session), blocking))
                .onSuccess(ignored -> {
                    AgentSocket.loggedOut(ctx.vertx(), session);
                    ctx.response().setStatusCode(204).end();
                })
                .onFailure(ctx::fail);
    }

    private void changePassword(RoutingContext ctx) {
        AgentSession session = session(ctx);
        JsonObject body = JsonRequests.body(ctx, false);
        String current = Fields.requiredString(body, "currentPassword", 256);
        String next = Fields.requiredString(body, "newPassword", 256);
        Replies.onContext(ctx, CompletableFuture.runAsync(() -> accounts.changePassword(session, current, next), blocking))
                .onSuccess(ignored -> {
                    AgentSocket.passwordChanged(ctx.vertx(), session);
                    ctx.response().setStatusCode(204).end();
                })
                .onFailure(ctx::fail);
    }

    private void authenticate(RoutingContext ctx) {
        String token = Tokens.bearer(ctx.request().getHeader("Authorization"));
        if (ctx.request().canUpgradeToWebSocket()) {
            // Held until the token is checked: an upgrade must happen before the request is read to its end.
            ctx.request().pause();
            if (token == null) {
                token = ctx.request().getParam("token");
            }
            if (token == null && ctx.normalizedPath().equals(EVENTS)) {
                // The events socket may authenticate with its first frame instead (AgentSocket).
                ctx.next();
                return;
            }
        }
        String presented = token;
        Replies.onContext(ctx, CompletableFuture.supplyAsync(() -> accounts.authenticate(presented), blocking))
                .onSuccess(session -> {
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
}
