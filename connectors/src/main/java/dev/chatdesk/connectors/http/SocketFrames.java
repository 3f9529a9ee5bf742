package dev.chatdesk.connectors.http;

import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.function.Consumer;

/**
 * Frames clients send on our WebSockets: each is one JSON object. A frame that cannot be taken is
 * answered with an {@code error} frame in the API's error format, and the socket stays open.
 */
public final class SocketFrames {
    private SocketFrames() {}

    /** Reads the frame as a JSON object and hands it on; answers bad JSON and API errors with an error frame. */
    public static void handle(ServerWebSocket socket, String frame, Consumer<JsonObject> handler) {
        try {
            handler.accept(new JsonObject(frame));
        } catch (DecodeException e) {
            sendError(socket, ApiError.invalid("The frame is not valid JSON."));
        } catch (ApiError e) {
            sendError(socket, e);
        } catch (ClassCastException e) {
            sendError(socket, ApiError.invalid("The frame must be a JSON object."));
        }
    }

    /** Sends an error frame, unless the socket has closed. */
    public static void sendError(ServerWebSocket socket, ApiError error) {
        if (!socket.isClosed()) {
            socket.writeTextMessage(new JsonObject().put("type", "error")
                    .put("error", new JsonObject().put("code", error.code()).put("message", error.getMessage())).encode());
        }
    }
}
