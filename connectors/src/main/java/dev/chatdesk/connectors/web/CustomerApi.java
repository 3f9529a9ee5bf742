package dev.chatdesk.connectors.web;

import dev.chatdesk.connectors.events.EventBusConversationEvents;
import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.ClientAddress;
import dev.chatdesk.connectors.http.Fields;
import dev.chatdesk.connectors.http.JsonRequests;
import dev.chatdesk.connectors.http.MessageJson;
import dev.chatdesk.connectors.http.QueryParams;
import dev.chatdesk.connectors.http.RateLimiter;
import dev.chatdesk.connectors.http.Replies;
import dev.chatdesk.connectors.http.Tokens;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.service.ConversationService;
import dev.chatdesk.core.service.TurnResult;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/**
 * The customer-side REST API: start a conversation, send messages, read the history, ask for a
 * person, rate the conversation. Every call but the first needs the conversation's token.
 */
public final class CustomerApi {
    private static final String BASE = "/api/v1/conversations";
    private static final int MAX_FIELD = 200;

    private final ConversationService conversations;
    private final CustomerIdentity identity;
    private final CustomerAccess access;
    private final EventBusConversationEvents events;
    private final RateLimiter perClient;
    private final RateLimiter perConversation;
    private final int maxMessageChars;

    /**
     * An API over the service.
     *
     * @param identity decides which visitors the site vouches for
     * @param perClient limits requests per client address
     * @param perConversation limits messages per conversation
     * @param maxMessageChars the longest message text taken, after trimming
     */
    public CustomerApi(ConversationService conversations, CustomerIdentity identity, EventBusConversationEvents events,
            RateLimiter perClient, RateLimiter perConversation, int maxMessageChars) {
        this.conversations = conversations;
        this.identity = identity;
        this.access = new CustomerAccess(conversations);
        this.events = events;
        this.perClient = perClient;
        this.perConversation = perConversation;
        this.maxMessageChars = maxMessageChars;
    }

    /** Adds the routes to the router (a body handler must already run before them). */
    public void mount(Router router) {
        router.route(BASE + "*").handler(this::limitClient);
        router.post(BASE).handler(this::start);
        router.post(BASE + "/:id/messages").handler(this::message);
        router.get(BASE + "/:id").handler(this::history);
        router.post(BASE + "/:id/handoff").handler(this::handoff);
        router.post(BASE + "/:id/feedback").handler(this::feedback);
        new CustomerSocket(conversations, access, events, perConversation, maxMessageChars).mount(router, BASE + "/:id/events");
    }

    private void limitClient(RoutingContext ctx) {
        if (ctx.request().canUpgradeToWebSocket()) {
            // The limit may be a call to the cluster: an upgrade must happen before the request is read to its end.
            ctx.request().pause();
        }
        perClient.acquire(ClientAddress.of(ctx)).onSuccess(allowed -> ctx.next()).onFailure(ctx::fail);
    }

    private void start(RoutingContext ctx) {
        JsonObject body = JsonRequests.body(ctx, true);
        JsonObject customer = Fields.optionalObject(body, "customer");
        Customer who = identity.of(
                Fields.optionalString(customer, "externalId", MAX_FIELD),
                Fields.optionalString(customer, "name", MAX_FIELD),
                Fields.optionalString(customer, "email", MAX_FIELD),
                Fields.optionalString(customer, "identityHash", MAX_FIELD));
        String locale = Fields.optionalString(body, "locale", 35);
        if (locale != null && !locale.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            throw ApiError.invalid("'locale' must be a language tag such as en or en-GB.");
        }
        String channel = Fields.optionalString(body, "channel", 32);
        if (channel != null && !channel.equals("web")) {
            throw ApiError.invalid("'channel' must be web here; platforms connect through their webhooks.");
        }
        String token = Tokens.newToken();
        NewConversation request = new NewConversation("web", null, who, locale == null ? "en" : locale, Tokens.hash(token));
        Replies.json(ctx, 201, conversations.start(request), started -> new JsonObject()
                .put("conversationId", started.conversation().id())
                .put("customerId", started.conversation().customerId())
                .put("token", token)
                .put("status", started.conversation().status().wireName())
                .put("messages", MessageJson.messages(started.messages())));
    }

    private void message(RoutingContext ctx) {
        JsonObject body = JsonRequests.body(ctx, false);
        String text = Fields.messageText(body, "text", maxMessageChars);
        String clientMessageId = Fields.optionalString(body, "clientMessageId", 128);
        access.checkBearer(ctx).compose(conversation -> perConversation.acquire(conversation.id()).compose(allowed -> {
            events.typing(conversation.id(), "bot");
            return Replies.onContext(ctx, conversations.receive(conversation.id(), text, clientMessageId));
        })).onSuccess(result -> Replies.send(ctx, 200, turn(result))).onFailure(ctx::fail);
    }

    /** The answer to a customer message: {@code status, message, replies, nlu, awaitingEmail}. */
    static JsonObject turn(TurnResult result) {
        JsonObject json = new JsonObject()
                .put("status", result.status().wireName())
                .put("awaitingEmail", result.awaitingEmail())
                .put("message", MessageJson.message(result.message()))
                .put("replies", MessageJson.messages(result.replies()));
        if (result.message().nlu() != null) {
            json.put("nlu", MessageJson.nlu(result.message().nlu()));
        }
        return json;
    }

    private void history(RoutingContext ctx) {
        // A client catching up asks only for the messages after the last it has.
        long afterSeq = QueryParams.optionalLong(ctx, "afterSeq", 0, Long.MAX_VALUE, -1);
        access.checkBearer(ctx).compose(conversation -> Replies.onContext(ctx, conversations.messages(conversation.id())
                                .thenCombine(conversations.awaitsEmail(conversation.id()), Map::entry))
                        .map(found -> {
                            List<Message> messages = found.getKey();
                            JsonObject json = new JsonObject()
                                    .put("conversationId", conversation.id())
                                    .put("status", conversation.status().wireName())
                                    .put("awaitingEmail", found.getValue())
                                    .put("messages", MessageJson.messages(messages.stream().filter(m -> m.seq() > afterSeq).toList()));
                            if (conversation.assignee() != null) {
                                json.put("agent", new JsonObject().put("name", conversation.assigneeName()));
                            }
                            return json;
                        }))
                .onSuccess(json -> Replies.send(ctx, 200, json))
                .onFailure(ctx::fail);
    }

    private void handoff(RoutingContext ctx) {
        // Whether the bot now waits for an e-mail address is read once the hand-over is stored.
        access.checkBearer(ctx).compose(conversation -> Replies.onContext(ctx, conversations.requestHandoff(conversation.id())
                        .thenCompose(status -> conversations.awaitsEmail(conversation.id()).thenApply(awaitingEmail -> new JsonObject()
                                .put("status", status.wireName()).put("awaitingEmail", awaitingEmail)))))
                .onSuccess(json -> Replies.send(ctx, 200, json))
                .onFailure(ctx::fail);
    }

    private void feedback(RoutingContext ctx) {
        JsonObject body = JsonRequests.body(ctx, false);
        int rating = Fields.requiredInt(body, "rating", 1, 5);
        String comment = Fields.optionalString(body, "comment", 2000);
        access.checkBearer(ctx).compose(conversation -> Replies.onContext(ctx, conversations.feedback(conversation.id(), rating, comment))
                        .map(ignored -> new JsonObject().put("conversationId", conversation.id()).put("rating", rating)))
                .onSuccess(json -> Replies.send(ctx, 200, json))
                .onFailure(ctx::fail);
    }
}
