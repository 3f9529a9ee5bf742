package dev.chatdesk.connectors.agent;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.chatdesk.connectors.http.ClientAddress;
import dev.chatdesk.core.audit.AuditAction;
import dev.chatdesk.core.audit.AuditEvent;
import dev.chatdesk.core.audit.AuditLog;
import dev.chatdesk.core.conversation.AgentSession;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every agent and admin action made over HTTP in the {@link AuditLog}: the one list of
 * which call is which action, on what target. An action is recorded when its call succeeded (a 2xx
 * answer); a login also when it was refused. Mounted before the routes it watches. The console
 * reads an open conversation again at each of its events, so a view is recorded once per agent and
 * conversation in {@link #VIEW_WINDOW}.
 */
public final class AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final String CONVERSATIONS = "/api/v1/agent/conversations/:id";
    /** How long after an agent's recorded view of a conversation their further views of it are not recorded again. */
    static final Duration VIEW_WINDOW = Duration.ofMinutes(10);

    /** One audited call: its method and path, the action, and how to read its target from the request. */
    private record Rule(HttpMethod method, String path, AuditAction action, String targetType,
            Function<RoutingContext, String> target) {}

    private static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.POST, "/api/v1/auth/logout", AuditAction.LOGOUT, null, ctx -> null),
            new Rule(HttpMethod.POST, "/api/v1/auth/password", AuditAction.PASSWORD_CHANGED, "agent", AuditTrail::actor),
            conversation(HttpMethod.GET, "", AuditAction.CONVERSATION_VIEWED),
            conversation(HttpMethod.POST, "/claim", AuditAction.CONVERSATION_CLAIMED),
            conversation(HttpMethod.POST, "/messages", AuditAction.AGENT_REPLIED),
            conversation(HttpMethod.POST, "/notes", AuditAction.NOTE_ADDED),
            conversation(HttpMethod.POST, "/messages/:messageId/reveal", AuditAction.PERSONAL_DATA_REVEALED),
            conversation(HttpMethod.POST, "/transfer", AuditAction.CONVERSATION_TRANSFERRED),
            conversation(HttpMethod.POST, "/release", AuditAction.CONVERSATION_RELEASED),
            conversation(HttpMethod.POST, "/resolve", AuditAction.CONVERSATION_RESOLVED),
            new Rule(HttpMethod.POST, "/api/v1/admin/agents", AuditAction.AGENT_CREATED, "agent",
                    ctx -> bodyField(ctx, "username")),
            new Rule(HttpMethod.POST, "/api/v1/admin/agents/:username/disable", AuditAction.AGENT_DISABLED, "agent",
                    ctx -> ctx.pathParam("username")),
            new Rule(HttpMethod.POST, "/api/v1/admin/agents/:username/enable", AuditAction.AGENT_ENABLED, "agent",
                    ctx -> ctx.pathParam("username")),
            new Rule(HttpMethod.PUT, "/api/v1/admin/kb/articles/:id", AuditAction.ARTICLE_SAVED, "article",
                    ctx -> ctx.pathParam("id")),
            new Rule(HttpMethod.DELETE, "/api/v1/admin/kb/articles/:id", AuditAction.ARTICLE_DELETED, "article",
                    ctx -> ctx.pathParam("id")),
            new Rule(HttpMethod.POST, "/api/v1/admin/kb/import", AuditAction.ARTICLES_IMPORTED, null, ctx -> null),
            new Rule(HttpMethod.PUT, "/api/v1/admin/saved-replies/:shortcut", AuditAction.SAVED_REPLY_SAVED, "saved_reply",
                    ctx -> ctx.pathParam("shortcut")),
            new Rule(HttpMethod.DELETE, "/api/v1/admin/saved-replies/:shortcut", AuditAction.SAVED_REPLY_DELETED, "saved_reply",
                    ctx -> ctx.pathParam("shortcut")),
            new Rule(HttpMethod.GET, "/api/v1/admin/customers/:id/export", AuditAction.CUSTOMER_EXPORTED, "customer",
                    ctx -> ctx.pathParam("id")),
            new Rule(HttpMethod.DELETE, "/api/v1/admin/customers/:id", AuditAction.CUSTOMER_ERASED, "customer",
                    ctx -> ctx.pathParam("id")),
            new Rule(HttpMethod.PUT, "/api/v1/agent/customers/:id/tags/:tag", AuditAction.CUSTOMER_TAGGED, "customer",
                    ctx -> ctx.pathParam("id")),
            new Rule(HttpMethod.DELETE, "/api/v1/agent/customers/:id/tags/:tag", AuditAction.CUSTOMER_UNTAGGED, "customer",
                    ctx -> ctx.pathParam("id")),
            new Rule(HttpMethod.POST, "/api/v1/admin/drafts/intents", AuditAction.DRAFT_WRITTEN, "intent",
                    ctx -> bodyField(ctx, "name")),
            new Rule(HttpMethod.POST, "/api/v1/admin/drafts/articles", AuditAction.DRAFT_WRITTEN, "article",
                    ctx -> bodyField(ctx, "id")),
            new Rule(HttpMethod.GET, "/api/v1/admin/audit", AuditAction.AUDIT_LOG_READ, null, ctx -> null));

    private final AuditLog log;
    private final Executor blocking;
    private final Cache<String, Boolean> recentViews = Caffeine.newBuilder()
            .expireAfterWrite(VIEW_WINDOW)
            .maximumSize(100_000)
            .build();

    /** A trail writing to {@code log} on {@code blocking} threads. */
    public AuditTrail(AuditLog log, Executor blocking) {
        this.log = log;
        this.blocking = blocking;
    }

    /** Watches the audited routes of {@code router}; mount before them. */
    public void mount(Router router) {
        router.post("/api/v1/auth/login").handler(ctx -> {
            ctx.addEndHandler(ignored -> login(ctx));
            ctx.next();
        });
        for (Rule rule : RULES) {
            router.route(rule.method(), rule.path()).handler(ctx -> {
                ctx.addEndHandler(ignored -> {
                    if (succeeded(ctx) && AgentAuth.session(ctx) != null && !repeatedView(rule, ctx)) {
                        record(new AuditEvent(actor(ctx), rule.action(), rule.targetType(), rule.target().apply(ctx),
                                ClientAddress.of(ctx), detail(ctx, rule.action())));
                    }
                });
                ctx.next();
            });
        }
    }

    private void login(RoutingContext ctx) {
        int status = ctx.response().getStatusCode();
        String username = bodyField(ctx, "username");
        if (username == null || (status != 200 && status != 401 && status != 429)) {
            return;
        }
        AuditAction action = status == 200 ? AuditAction.LOGIN : AuditAction.LOGIN_FAILED;
        record(new AuditEvent(username, action, "agent", username, ClientAddress.of(ctx),
                status == 429 ? "throttled" : null));
    }

    private void record(AuditEvent event) {
        CompletableFuture.runAsync(() -> log.record(event), blocking).exceptionally(e -> {
            LOG.error("Could not record {} by {} in the audit log: {}", event.action().wireName(), event.actor(),
                    e.getMessage());
            return null;
        });
    }

    /** Whether this is a view of a conversation its agent's view of which was recorded within the window. */
    private boolean repeatedView(Rule rule, RoutingContext ctx) {
        return rule.action() == AuditAction.CONVERSATION_VIEWED
                && recentViews.asMap().putIfAbsent(actor(ctx) + "\n" + ctx.pathParam("id"), true) != null;
    }

    private static Rule conversation(HttpMethod method, String suffix, AuditAction action) {
        return new Rule(method, CONVERSATIONS + suffix, action, "conversation", ctx -> ctx.pathParam("id"));
    }

    private static boolean succeeded(RoutingContext ctx) {
        int status = ctx.response().getStatusCode();
        return status >= 200 && status < 300;
    }

    private static String actor(RoutingContext ctx) {
        AgentSession session = AgentAuth.session(ctx);
        return session == null ? null : session.username();
    }

    private static String detail(RoutingContext ctx, AuditAction action) {
        return switch (action) {
            case CONVERSATION_TRANSFERRED -> "to " + bodyField(ctx, "to");
            case PERSONAL_DATA_REVEALED -> "message " + ctx.pathParam("messageId");
            case CUSTOMER_TAGGED, CUSTOMER_UNTAGGED -> "tag " + ctx.pathParam("tag");
            default -> null;
        };
    }

    /** A string field of the request's JSON body, or null when the body is not such an object. */
    private static String bodyField(RoutingContext ctx, String name) {
        try {
            JsonObject body = ctx.body() == null ? null : ctx.body().asJsonObject();
            Object value = body == null ? null : body.getValue(name);
            return value instanceof String text ? text.substring(0, Math.min(text.length(), 64)) : null;
        } catch (RuntimeException notAnObject) {
            return null;
        }
    }
}
