package dev.chatdesk.connectors.agent;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.Fields;
import dev.chatdesk.connectors.http.JsonRequests;
import dev.chatdesk.connectors.http.Replies;
import dev.chatdesk.core.conversation.AgentAccount;
import dev.chatdesk.core.conversation.AgentRole;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Accounts: admins create, list, disable and enable them; every agent may list the enabled ones
 * (to transfer a conversation). Runs behind {@link AgentAuth}.
 */
final class AgentAccountsApi {
    private final AgentAccounts accounts;
    private final Executor blocking;

    AgentAccountsApi(AgentAccounts accounts, Executor blocking) {
        this.accounts = accounts;
        this.blocking = blocking;
    }

    void mount(Router router) {
        router.get("/api/v1/agent/agents").handler(ctx -> list(ctx, true));
        router.get("/api/v1/admin/agents").handler(ctx -> list(ctx, false));
        router.post("/api/v1/admin/agents").handler(this::create);
        router.post("/api/v1/admin/agents/:username/disable").handler(ctx -> setDisabled(ctx, true));
        router.post("/api/v1/admin/agents/:username/enable").handler(ctx -> setDisabled(ctx, false));
    }

    private void list(RoutingContext ctx, boolean enabledOnly) {
        Replies.json(ctx, 200, CompletableFuture.supplyAsync(accounts::all, blocking), all -> {
            JsonArray list = new JsonArray();
            all.stream().filter(a -> !enabledOnly || !a.disabled()).forEach(a -> list.add(json(a)));
            return list;
        });
    }

    private void create(RoutingContext ctx) {
        JsonObject body = JsonRequests.body(ctx, false);
        String username = Fields.requiredString(body, "username", 64);
        if (!username.matches("[A-Za-z0-9._-]{2,64}")) {
            throw ApiError.invalid("'username' must be 2 to 64 letters, digits, dots, dashes or underscores.");
        }
        String password = Fields.requiredString(body, "password", 256);
        PasswordRule.check(username, password);
        String roleName = Fields.optionalString(body, "role", 16);
        if (roleName != null && !List.of("agent", "admin").contains(roleName)) {
            throw ApiError.invalid("'role' must be agent or admin.");
        }
        AgentRole role = roleName == null ? AgentRole.AGENT : AgentRole.fromWireName(roleName);
        String displayName = Fields.optionalString(body, "displayName", 64);
        Replies.json(ctx, 201, CompletableFuture.supplyAsync(() -> accounts.create(username, password, role, displayName), blocking),
                AgentAccountsApi::json);
    }

    private void setDisabled(RoutingContext ctx, boolean disabled) {
        String username = ctx.pathParam("username");
        Replies.json(ctx, 200, CompletableFuture.supplyAsync(
                () -> accounts.setDisabled(username, disabled, AgentAuth.session(ctx)), blocking).thenApply(account -> {
                    if (account.disabled()) {
                        AgentSocket.disabled(ctx.vertx(), username);
                    }
                    return account;
                }), AgentAccountsApi::json);
    }

    private static JsonObject json(AgentAccount account) {
        return new JsonObject()
                .put("username", account.username())
                .put("role", account.role().wireName())
                .put("displayName", account.displayName())
                .put("disabled", account.disabled())
                .put("createdAt", account.createdAt().toString());
    }
}
