package dev.chatdesk.connectors.agent;

import dev.chatdesk.connectors.events.EventAddresses;
import dev.chatdesk.connectors.events.EventBusConversationEvents;
import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.Fields;
import dev.chatdesk.connectors.http.SocketFrames;
import dev.chatdesk.core.conversation.AgentRole;
import dev.chatdesk.core.conversation.AgentSession;
import dev.chatdesk.core.service.AgentDesk;
import io.vertx.core.Future;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The agent's WebSocket: pushes queue changes (every escalation, claim, transfer, release and
 * close), and the new messages and customer typing of conversations that wait in the queue or
 * that this agent has (an admin gets all). Takes {@code {"type": "typing", "conversationId"}},
 * shown to the customer when the agent has that conversation.
 */
final class AgentSocket {
    private final AgentDesk desk;
    private final EventBusConversationEvents events;

    AgentSocket(AgentDesk desk, EventBusConversationEvents events) {
        this.desk = desk;
        this.events = events;
    }

    void mount(Router router, String path) {
        router.get(path).handler(this::upgrade);
    }

    private void upgrade(RoutingContext ctx) {
        if (!ctx.request().canUpgradeToWebSocket()) {
            throw ApiError.of(400, "websocket_required", "This address takes WebSocket connections only.");
        }
        AgentSession session = AgentAuth.session(ctx);
        ctx.request().toWebSocket().onSuccess(socket -> {
            MessageConsumer<JsonObject> consumer = ctx.vertx().eventBus().consumer(EventAddresses.AGENTS, event -> {
                if (concerns(event.body(), session) && !socket.isClosed()) {
                    socket.writeTextMessage(event.body().encode());
                }
            });
            socket.closeHandler(ignored -> consumer.unregister());
            socket.textMessageHandler(frame -> SocketFrames.handle(socket, frame, json -> onFrame(socket, session, json)));
        }).onFailure(ctx::fail);
    }

    /** Queue changes go to everyone; a conversation's messages and typing to those who may read it. */
    private static boolean concerns(JsonObject event, AgentSession session) {
        String assignee = event.getString("assignee");
        return "queue".equals(event.getString("type")) || session.role() == AgentRole.ADMIN || assignee == null
                || assignee.equals(session.username());
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
