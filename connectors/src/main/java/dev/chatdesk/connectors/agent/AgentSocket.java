package dev.chatdesk.connectors.agent;

import dev.chatdesk.connectors.events.EventAddresses;
import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.core.conversation.AgentSession;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The agent's WebSocket: queue changes (every escalation, claim, release and close) and the new
 * messages of escalated conversations that are waiting or that this agent has.
 */
final class AgentSocket {
    void mount(Router router, String path) {
        router.get(path).handler(this::upgrade);
    }

    private void upgrade(RoutingContext ctx) {
        if (!ctx.request().canUpgradeToWebSocket()) {
            throw ApiError.of(400, "websocket_required", "This address takes WebSocket connections only.");
        }
        AgentSession session = AgentApi.session(ctx);
        ctx.request().toWebSocket().onSuccess(socket -> {
            MessageConsumer<JsonObject> consumer = ctx.vertx().eventBus().consumer(EventAddresses.AGENTS, event -> {
                JsonObject body = event.body();
                String assignee = body.getString("assignee");
                boolean concernsAgent = !"message".equals(body.getString("type")) || assignee == null
                        || assignee.equals(session.username());
                if (concernsAgent && !socket.isClosed()) {
                    socket.writeTextMessage(body.encode());
                }
            });
            socket.closeHandler(ignored -> consumer.unregister());
        }).onFailure(ctx::fail);
    }
}
