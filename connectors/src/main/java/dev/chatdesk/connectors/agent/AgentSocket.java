package dev.chatdesk.connectors.agent;

import dev.chatdesk.connectors.events.EventAddresses;
import dev.chatdesk.connectors.events.EventBusConversationEvents;
import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.Fields;
import dev.chatdesk.connectors.http.FirstFrameAuth;
import dev.chatdesk.connectors.http.SocketFrames;
import dev.chatdesk.connectors.http.SocketQuota;
import dev.chatdesk.core.conversation.AgentRole;
import dev.chatdesk.core.conversation.AgentSession;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.service.AgentDesk;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The agent's WebSocket: pushes queue changes (every escalation, claim, transfer, release and
 * close), and the new messages and customer typing of conversations that wait in the queue or
 * that this agent has (an admin gets all). Takes {@code {"type": "typing", "conversationId"}},
 * shown to the customer when the agent has that conversation. Closes with {@value #SESSION_ENDED}
 * when the session ends: on logout, when the account is disabled, when it expires.
 */
final class AgentSocket {
    /** The close code of a socket whose session ended (logout, disabled account, expiry): log in again. */
    static final short SESSION_ENDED = 4401;
    /** Open sockets one session may hold: a console in a few tabs, not hundreds. */
    private static final int SOCKETS_PER_SESSION = 8;

    private final AgentDesk desk;
    private final AgentAccounts accounts;
    private final EventBusConversationEvents events;
    private final Executor blocking;
    private final SocketQuota quota = new SocketQuota(SOCKETS_PER_SESSION);

    AgentSocket(AgentDesk desk, AgentAccounts accounts, EventBusConversationEvents events, Executor blocking) {
        this.desk = desk;
        this.accounts = accounts;
        this.events = events;
        this.blocking = blocking;
    }

    void mount(Router router, String path) {
        router.get(path).handler(this::upgrade);
    }

    private void upgrade(RoutingContext ctx) {
        if (!ctx.request().canUpgradeToWebSocket()) {
            throw ApiError.of(400, "websocket_required", "This address takes WebSocket connections only.");
        }
        AgentSession session = AgentAuth.session(ctx);
        Vertx vertx = ctx.vertx();
        if (session == null) {
            // No token in the URL: it comes in the first frame (FirstFrameAuth).
            ctx.request().toWebSocket().onSuccess(socket -> FirstFrameAuth.await(vertx, socket,
                    token -> Future.fromCompletionStage(CompletableFuture.supplyAsync(() -> accounts.authenticate(token), blocking)),
                    authenticated -> {
                        if (quota.takeOrClose(authenticated.tokenHash(), socket)) {
                            attach(vertx, socket, authenticated);
                        }
                    })).onFailure(ctx::fail);
            return;
        }
        quota.take(session.tokenHash());
        ctx.request().toWebSocket().onFailure(failure -> quota.release(session.tokenHash()))
                .onSuccess(socket -> attach(vertx, socket, session)).onFailure(ctx::fail);
    }

    /** Pushes the session's events to the socket until it closes or the session ends; takes its frames. */
    private void attach(Vertx vertx, ServerWebSocket socket, AgentSession session) {
        MessageConsumer<JsonObject> consumer = vertx.eventBus().consumer(EventAddresses.AGENTS, event -> {
            if (concerns(event.body(), session) && !socket.isClosed()) {
                socket.writeTextMessage(event.body().encode());
            }
        });
        MessageConsumer<JsonObject> endings = vertx.eventBus().consumer(EventAddresses.ENDED_SESSIONS, event -> {
            if (ends(event.body(), session)) {
                socket.close(SESSION_ENDED, "The session ended; please log in again.");
            }
        });
        long untilExpiry = Math.max(1, accounts.remaining(session).toMillis());
        long expiry = vertx.setTimer(untilExpiry, id -> socket.close(SESSION_ENDED, "The session expired; please log in again."));
        socket.closeHandler(ignored -> {
            quota.release(session.tokenHash());
            consumer.unregister();
            endings.unregister();
            vertx.cancelTimer(expiry);
        });
        socket.textMessageHandler(frame -> SocketFrames.handle(socket, frame, json -> onFrame(socket, session, json)));
    }

    /** Tells every node's agent sockets that a session ended (logout). */
    static void loggedOut(Vertx vertx, AgentSession session) {
        vertx.eventBus().publish(EventAddresses.ENDED_SESSIONS, new JsonObject().put("tokenHash", session.tokenHash()));
    }

    /** Tells every node's agent sockets that all of an account's sessions ended (disabled). */
    static void disabled(Vertx vertx, String username) {
        vertx.eventBus().publish(EventAddresses.ENDED_SESSIONS, new JsonObject().put("username", username));
    }

    /** Tells every node's agent sockets that the account's other sessions ended (its password changed). */
    static void passwordChanged(Vertx vertx, AgentSession kept) {
        vertx.eventBus().publish(EventAddresses.ENDED_SESSIONS,
                new JsonObject().put("username", kept.username()).put("except", kept.tokenHash()));
    }

    private static boolean ends(JsonObject ended, AgentSession session) {
        return session.tokenHash().equals(ended.getString("tokenHash"))
                || (session.username().equals(ended.getString("username")) && !session.tokenHash().equals(ended.getString("except")));
    }

    /**
     * Queue changes go to everyone; a conversation's messages and typing to those who may read it:
     * admins, its agent, and, while it waits in the queue, every agent.
     */
    private static boolean concerns(JsonObject event, AgentSession session) {
        String assignee = event.getString("assignee");
        boolean waiting = ConversationStatus.WAITING_FOR_AGENT.wireName().equals(event.getString("status"));
        return "queue".equals(event.getString("type")) || session.role() == AgentRole.ADMIN
                || session.username().equals(assignee) || (assignee == null && waiting);
    }

    private void onFrame(ServerWebSocket socket, AgentSession session, JsonObject json) {
        String type = Fields.requiredString(json, "type", 32);
        if (!type.equals("typing")) {
            throw ApiError.invalid("'type' must be typing.");
        }
        String conversationId = Fields.requiredString(json, "conversationId", 64);
        Future.fromCompletionStage(desk.has(conversationId, session)).onSuccess(has -> {
            if (has) {
                events.typing(conversationId, "agent");
            } else {
                SocketFrames.sendError(socket, ApiError.forbidden("You can only type in a conversation you have."));
            }
        });
    }
}
