package dev.chatdesk.connectors.web;

import dev.chatdesk.connectors.events.EventAddresses;
import dev.chatdesk.connectors.events.EventBusConversationEvents;
import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.ErrorResponses;
import dev.chatdesk.connectors.http.Fields;
import dev.chatdesk.connectors.http.FirstFrameAuth;
import dev.chatdesk.connectors.http.RateLimiter;
import dev.chatdesk.connectors.http.Replies;
import dev.chatdesk.connectors.http.SocketFrames;
import dev.chatdesk.connectors.http.SocketQuota;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.service.ConversationService;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;

/**
 * The customer's WebSocket: pushes the conversation's messages, status changes and typing, and
 * takes the customer's messages and typing (relayed to the agents who may see the conversation, at
 * most every two seconds). A bad frame is answered with an error frame; the
 * socket stays open.
 */
final class CustomerSocket {
    /** How often one socket's typing reaches the agents at most. */
    private static final Duration TYPING_INTERVAL = Duration.ofSeconds(2);
    /** Open sockets one conversation may have: the customer's tabs, not hundreds. */
    private static final int SOCKETS_PER_CONVERSATION = 8;

    private final ConversationService conversations;
    private final CustomerAccess access;
    private final EventBusConversationEvents events;
    private final RateLimiter perConversation;
    private final SocketQuota quota = new SocketQuota(SOCKETS_PER_CONVERSATION);
    private final int maxMessageChars;

    CustomerSocket(ConversationService conversations, CustomerAccess access, EventBusConversationEvents events,
            RateLimiter perConversation, int maxMessageChars) {
        this.conversations = conversations;
        this.access = access;
        this.events = events;
        this.perConversation = perConversation;
        this.maxMessageChars = maxMessageChars;
    }

    void mount(Router router, String path) {
        router.get(path).handler(this::upgrade);
    }

    private void upgrade(RoutingContext ctx) {
        if (!ctx.request().canUpgradeToWebSocket()) {
            throw ApiError.of(400, "websocket_required", "This address takes WebSocket connections only.");
        }
        // Held until the token is checked: an upgrade must happen before the request is read to its end.
        ctx.request().pause();
        String token = ctx.request().getParam("token");
        if (token == null) {
            // The token comes in the first frame (FirstFrameAuth); an unknown conversation is still a 404.
            Replies.onContext(ctx, conversations.conversation(ctx.pathParam("id")))
                    .compose(known -> ctx.request().toWebSocket())
                    .onSuccess(socket -> FirstFrameAuth.await(ctx.vertx(), socket, given -> access.check(ctx, given),
                            conversation -> {
                                if (quota.takeOrClose(conversation.id(), socket)) {
                                    attach(ctx, conversation, socket);
                                }
                            }))
                    .onFailure(ctx::fail);
            return;
        }
        access.check(ctx, token)
                .compose(conversation -> {
                    quota.take(conversation.id());
                    return ctx.request().toWebSocket()
                            .onFailure(failure -> quota.release(conversation.id()))
                            .map(socket -> {
                                attach(ctx, conversation, socket);
                                return socket;
                            });
                })
                .onFailure(ctx::fail);
    }

    private void attach(RoutingContext ctx, Conversation conversation, ServerWebSocket socket) {
        MessageConsumer<JsonObject> consumer = ctx.vertx().eventBus().consumer(EventAddresses.conversation(conversation.id()),
                event -> {
                    if (!socket.isClosed()) {
                        socket.writeTextMessage(event.body().encode());
                    }
                });
        events.watch(conversation.id());
        socket.closeHandler(ignored -> {
            quota.release(conversation.id());
            consumer.unregister();
            events.unwatch(conversation.id());
        });
        TypingThrottle typing = new TypingThrottle(TYPING_INTERVAL);
        socket.textMessageHandler(frame -> onFrame(ctx, conversation.id(), socket, typing, frame));
    }

    private void onFrame(RoutingContext ctx, String conversationId, ServerWebSocket socket, TypingThrottle typing, String frame) {
        SocketFrames.handle(socket, frame, json -> {
            String type = Fields.requiredString(json, "type", 32);
            switch (type) {
                case "typing" -> {
                    if (typing.relays()) {
                        Replies.onContext(ctx, conversations.conversation(conversationId)).onSuccess(events::customerTyping);
                    }
                }
                case "message" -> {
                    String text = Fields.messageText(json, "text", maxMessageChars);
                    String clientMessageId = Fields.optionalString(json, "clientMessageId", 128);
                    perConversation.acquire(conversationId).compose(allowed -> {
                        events.typing(conversationId, "bot");
                        return Replies.onContext(ctx, conversations.receive(conversationId, text, clientMessageId));
                    }).onFailure(failure -> SocketFrames.sendError(socket, ErrorResponses.toApiError(failure, 500)));
                }
                default -> throw ApiError.invalid("'type' must be message or typing.");
            }
        });
    }
}
