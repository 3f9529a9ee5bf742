package dev.chatdesk.connectors.web;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.Replies;
import dev.chatdesk.connectors.http.Tokens;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.service.ConversationService;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/** Checks that a customer's token opens the conversation named in the path. */
final class CustomerAccess {
    private final ConversationService conversations;

    CustomerAccess(ConversationService conversations) {
        this.conversations = conversations;
    }

    /** The conversation, once the token (Bearer header, or {@code token} for WebSockets) is checked. */
    Future<Conversation> check(RoutingContext ctx, String token) {
        String id = ctx.pathParam("id");
        return Replies.onContext(ctx, conversations.conversation(id)).map(conversation -> {
            if (token == null) {
                throw ApiError.unauthorized("This call needs the conversation's token: Authorization: Bearer <token>.");
            }
            if (!Tokens.matches(token, conversation.tokenHash())) {
                throw ApiError.forbidden("This token does not give access to this conversation.");
            }
            return conversation;
        });
    }

    /** Checks the {@code Authorization: Bearer} token. */
    Future<Conversation> checkBearer(RoutingContext ctx) {
        return check(ctx, Tokens.bearer(ctx.request().getHeader("Authorization")));
    }
}
