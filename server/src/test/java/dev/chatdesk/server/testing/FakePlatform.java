package dev.chatdesk.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A messaging platform's HTTP API as a real server on 127.0.0.1: it records every call Chatdesk
 * makes to it and answers with the platform's usual success, or with answers a test scripts (a 429
 * with Retry-After, a refusal). Tests send the platform's webhook deliveries themselves, with
 * {@link ApiClient#postWithHeaders}. Thread-safe.
 */
public final class FakePlatform implements AutoCloseable {
    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final Answer usual;
    private final List<ApiCall> calls = new ArrayList<>();
    private final List<Scripted> scripted = new ArrayList<>();

    /**
     * A call the API received.
     *
     * @param method the HTTP method
     * @param path the path, such as {@code /bot123:abc/sendMessage}
     * @param headers the headers, names in lower case
     * @param body the body as text
     * @param receivedAt when it arrived
     */
    public record ApiCall(String method, String path, Map<String, String> headers, String body, Instant receivedAt) {
        /** The body as JSON. */
        public JsonNode json() {
            try {
                return ApiClient.JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("the call's body is not JSON: " + body, e);
            }
        }

        /** Whether the call went to a path ending so. */
        public boolean to(String pathEnd) {
            return path.endsWith(pathEnd);
        }
    }

    /**
     * An answer of the fake API.
     *
     * @param status the HTTP status
     * @param headers extra headers
     * @param body the JSON body (empty for none)
     */
    public record Answer(int status, Map<String, String> headers, String body) {
        /** A 200 with this JSON body. */
        public static Answer ok(String body) {
            return new Answer(200, Map.of(), body);
        }
    }

    private record Scripted(Predicate<ApiCall> when, Answer answer, boolean once) {}

    private FakePlatform(Answer usual) {
        this.usual = usual;
        this.server = vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1").await();
    }

    /** A fake API answering every call it has no script for with {@code usual}. */
    public static FakePlatform start(Answer usual) {
        return new FakePlatform(usual);
    }

    /** The API's base URL, for the connector's {@code apiBase}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    /** Answers the next call that matches with {@code answer}, once. */
    public synchronized void answerNext(Predicate<ApiCall> when, Answer answer) {
        scripted.add(new Scripted(when, answer, true));
    }

    /** Answers every call that matches with {@code answer}. */
    public synchronized void answerEvery(Predicate<ApiCall> when, Answer answer) {
        scripted.add(new Scripted(when, answer, false));
    }

    /** Every call received so far that matches, in order of arrival. */
    public synchronized List<ApiCall> calls(Predicate<ApiCall> matching) {
        return calls.stream().filter(matching).toList();
    }

    /** Waits until at least {@code count} calls that match have arrived, and returns all of them in order. */
    public synchronized List<ApiCall> awaitCalls(Predicate<ApiCall> matching, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ApiCall> found = calls(matching);
        while (found.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " matching API calls within " + timeout + ", got " + found
                        + " among " + calls);
            }
            wait(Math.max(1, left / 1_000_000));
            found = calls(matching);
        }
        return found;
    }

    private void handle(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            Map<String, String> headers = new HashMap<>();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
            ApiCall call = new ApiCall(request.method().name(), request.path(), headers, body.toString(), Instant.now());
            Answer answer = record(call);
            var response = request.response().setStatusCode(answer.status());
            answer.headers().forEach(response::putHeader);
            if (answer.body().isEmpty()) {
                response.end();
            } else {
                response.putHeader("Content-Type", "application/json").end(answer.body());
            }
        });
    }

    private synchronized Answer record(ApiCall call) {
        calls.add(call);
        notifyAll();
        for (Iterator<Scripted> it = scripted.iterator(); it.hasNext(); ) {
            Scripted script = it.next();
            if (script.when().test(call)) {
                if (script.once()) {
                    it.remove();
                }
                return script.answer();
            }
        }
        return usual;
    }

    @Override
    public void close() {
        vertx.close().await();
    }
}
