package dev.chatdesk.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.server.testing.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real WebSocket client that keeps every frame the server pushes. */
final class CustomerSocketClient implements AutoCloseable {
    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    CustomerSocketClient(String url) throws Exception {
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(url), new Collector())
                .get(10, TimeUnit.SECONDS);
    }

    /** The status of the server's answer to a WebSocket handshake: 101 when it opened (and it is left open). */
    static int handshakeStatus(String url) {
        try {
            HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {}).join();
            return 101;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException handshake) {
                return handshake.getResponse().statusCode();
            }
            throw e;
        }
    }

    /** Sends a text frame. */
    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The next frame that matches, waiting up to the timeout; frames before it are dropped. */
    JsonNode awaitFrame(Predicate<JsonNode> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (frame != null && matching.test(frame)) {
                return frame;
            }
        }
        throw new AssertionError("no matching frame within " + timeout);
    }

    /** Every frame that arrives within the time given (and those that arrived before, not yet taken). */
    List<JsonNode> framesWithin(Duration time) throws InterruptedException {
        Thread.sleep(time.toMillis());
        List<JsonNode> arrived = new ArrayList<>();
        frames.drainTo(arrived);
        return arrived;
    }

    /** The status code the server closed the socket with, waiting up to the timeout. */
    int awaitClose(Duration timeout) throws Exception {
        return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the server has closed the socket. */
    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(ApiClient.JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException("the server sent a frame that is not JSON: " + partial, e);
                } finally {
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }
    }
}
