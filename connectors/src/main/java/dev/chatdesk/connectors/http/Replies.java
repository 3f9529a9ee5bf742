package dev.chatdesk.connectors.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Ends requests with JSON once the work behind them is done, back on the request's event loop. */
public final class Replies {
    private Replies() {}

    /** The work's result, delivered on the request's own context. */
    public static <T> Future<T> onContext(RoutingContext ctx, CompletionStage<T> work) {
        return Future.fromCompletionStage(work, ctx.vertx().getOrCreateContext());
    }

    /** Answers with the JSON of the work's result and the given status, or fails the request. */
    public static <T> void json(RoutingContext ctx, int status, CompletionStage<T> work, Function<T, Object> toJson) {
        onContext(ctx, work).map(toJson::apply).onSuccess(json -> send(ctx, status, json)).onFailure(ctx::fail);
    }

    /** Answers with a JSON object or array. */
    public static void send(RoutingContext ctx, int status, Object json) {
        String body = json instanceof JsonObject o ? o.encode() : ((JsonArray) json).encode();
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8").end(body);
    }
}
