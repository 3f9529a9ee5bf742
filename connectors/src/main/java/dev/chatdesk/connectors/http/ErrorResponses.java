package dev.chatdesk.connectors.http;

import dev.chatdesk.core.nlu.NluOverloadedException;
import dev.chatdesk.core.service.ConversationConflictException;
import dev.chatdesk.core.service.ConversationForbiddenException;
import dev.chatdesk.core.service.ConversationNotFoundException;
import io.vertx.core.Handler;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one failure handler: turns every failure into the JSON error format with the fitting status.
 * A failure that is not a client's mistake is logged and answered 500 without details.
 */
public final class ErrorResponses implements Handler<RoutingContext> {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    @Override
    public void handle(RoutingContext ctx) {
        ApiError error = toApiError(ctx.failure(), ctx.statusCode());
        if (error.status() >= 500 && error.retryAfterSeconds() == null) {
            LOG.error("{} {} failed", ctx.request().method(), ctx.normalizedPath(), ctx.failure());
        }
        send(ctx, error);
    }

    /** Answers the request with the error, unless a response has already begun. */
    public static void send(RoutingContext ctx, ApiError error) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        if (error.retryAfterSeconds() != null) {
            ctx.response().putHeader("Retry-After", Long.toString(error.retryAfterSeconds()));
        }
        JsonObject body = new JsonObject().put("error", new JsonObject().put("code", error.code()).put("message", error.getMessage()));
        ctx.response().setStatusCode(error.status()).putHeader("Content-Type", "application/json; charset=utf-8").end(body.encode());
    }

    /** The API error a failure stands for. */
    public static ApiError toApiError(Throwable failure, int statusCode) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ApiError api) {
            return api;
        }
        if (cause instanceof ConversationNotFoundException) {
            return ApiError.notFound("There is no such conversation.");
        }
        if (cause instanceof ConversationForbiddenException forbidden) {
            return ApiError.of(403, "not_your_conversation", forbidden.getMessage());
        }
        if (cause instanceof ConversationConflictException conflict) {
            return ApiError.of(409, conflict.code(), conflict.getMessage());
        }
        if (cause instanceof NluOverloadedException) {
            return ApiError.overloaded(1);
        }
        if (cause instanceof DecodeException) {
            return ApiError.invalid("The body is not valid JSON.");
        }
        int status = cause instanceof HttpException http ? http.getStatusCode() : statusCode;
        return switch (status) {
            case 400 -> ApiError.invalid("The request is not valid.");
            case 401 -> ApiError.unauthorized("Credentials are missing or wrong.");
            case 403 -> ApiError.forbidden("You may not do this.");
            case 404 -> ApiError.notFound("There is nothing at this address.");
            case 405 -> ApiError.of(405, "method_not_allowed", "This address does not take this method.");
            case 413 -> ApiError.of(413, "body_too_large", "The request body is larger than 64 KiB.");
            case 415 -> ApiError.of(415, "unsupported_media_type", "Send the body as application/json.");
            default -> ApiError.of(500, "internal_error", "Something went wrong on our side; please try again.");
        };
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
