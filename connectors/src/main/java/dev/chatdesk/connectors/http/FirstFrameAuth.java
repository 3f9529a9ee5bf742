package dev.chatdesk.connectors.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Authentication by a socket's first frame, {@code {"type": "auth", "token": "..."}}, so that no
 * token has to appear in a URL (where server and proxy logs and browser history keep it). The
 * server answers {@code {"type": "authenticated"}}; a socket that sends no valid token within
 * five seconds is closed with {@value #UNAUTHENTICATED}.
 */
public final class FirstFrameAuth {
    /** The close code of a socket that did not authenticate. */
    public static final short UNAUTHENTICATED = 4401;
    private static final Duration WAIT = Duration.ofSeconds(5);

    private FirstFrameAuth() {}

    /**
     * Waits for the socket's first frame and checks its token; calls {@code authenticated} with
     * what the check gave (which then takes the socket's frames), else closes the socket.
     */
    public static <T> void await(Vertx vertx, ServerWebSocket socket, Function<String, Future<T>> check, Consumer<T> authenticated) {
        long timer = vertx.setTimer(WAIT.toMillis(), id -> socket.close(UNAUTHENTICATED, "No authentication frame in time."));
        socket.closeHandler(ignored -> vertx.cancelTimer(timer));
        socket.textMessageHandler(frame -> {
            socket.textMessageHandler(null);
            vertx.cancelTimer(timer);
            String token = tokenOf(frame);
            if (token == null) {
                socket.close(UNAUTHENTICATED, "The first frame must be {\"type\": \"auth\", \"token\": ...}.");
                return;
            }
            check.apply(token).onSuccess(value -> {
                socket.writeTextMessage(new JsonObject().put("type", "authenticated").encode());
                authenticated.accept(value);
            }).onFailure(failure -> socket.close(UNAUTHENTICATED, "The token does not open this."));
        });
    }

    private static String tokenOf(String frame) {
        try {
            JsonObject json = new JsonObject(frame);
            return "auth".equals(json.getString("type")) && json.getValue("token") instanceof String token ? token : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
