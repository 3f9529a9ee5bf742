package dev.chatdesk.connectors.platform;

import dev.chatdesk.core.channel.DeliveryFailedException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a platform's HTTP API until it takes the call: a 429, a 5xx or a connection failure is
 * retried as the {@link RetryPolicy} says, waiting at least as long as the platform's Retry-After;
 * any other non-2xx answer is final. Thread-safe; waits on Vert.x timers, never blocking.
 */
public final class RetryingSender {
    private static final Logger LOG = LoggerFactory.getLogger(RetryingSender.class);
    private static final int EXCERPT = 200;

    private final Vertx vertx;
    private final RetryPolicy policy;

    /** A sender waiting on the timers of {@code vertx}. */
    public RetryingSender(Vertx vertx, RetryPolicy policy) {
        this.vertx = vertx;
        this.policy = policy;
    }

    /** Sends as {@link #send(String, Supplier, Throttling)} does, retrying 429 and 5xx as the Retry-After header says. */
    public CompletableFuture<HttpResponse<Buffer>> send(String platform, Supplier<Future<HttpResponse<Buffer>>> request) {
        return send(platform, request, Throttling.STANDARD);
    }

    /**
     * Sends a request, made afresh for each attempt.
     *
     * @param platform the platform's name, for failure messages
     * @param throttling which answers ask to try again, and how long to wait
     * @return the 2xx response; or fails with a {@link DeliveryFailedException} saying why
     */
    public CompletableFuture<HttpResponse<Buffer>> send(String platform, Supplier<Future<HttpResponse<Buffer>>> request,
            Throttling throttling) {
        CompletableFuture<HttpResponse<Buffer>> result = new CompletableFuture<>();
        new Attempts(platform, request, throttling, result).next(1);
        return result;
    }

    /** The attempts of one call. */
    private final class Attempts {
        private final String platform;
        private final Supplier<Future<HttpResponse<Buffer>>> request;
        private final Throttling throttling;
        private final CompletableFuture<HttpResponse<Buffer>> result;

        Attempts(String platform, Supplier<Future<HttpResponse<Buffer>>> request,
                Throttling throttling, CompletableFuture<HttpResponse<Buffer>> result) {
            this.platform = platform;
            this.request = request;
            this.throttling = throttling;
            this.result = result;
        }

        void next(int attempt) {
            Future<HttpResponse<Buffer>> sent;
            try {
                sent = request.get();
            } catch (RuntimeException e) {
                sent = Future.failedFuture(e);
            }
            sent.onComplete(response -> {
                if (response.failed()) {
                    retry(attempt, null, "could not be reached (" + response.cause().getClass().getSimpleName() + ")");
                    return;
                }
                int status = response.result().statusCode();
                if (status >= 200 && status < 300) {
                    result.complete(response.result());
                } else if (throttling.throttled(response.result())) {
                    retry(attempt, throttling.retryAfter().apply(response.result()), "answered HTTP " + status);
                } else {
                    fail(platform + " refused the message: HTTP " + status + excerpt(response.result()));
                }
            });
        }

        private void retry(int failedAttempt, Duration asked, String what) {
            if (failedAttempt >= policy.maxAttempts()) {
                fail(platform + " " + what + " " + failedAttempt + " times; the message was not delivered");
                return;
            }
            if (asked != null && asked.compareTo(policy.longestRetryAfter()) > 0) {
                fail(platform + " " + what + " and asked to wait " + asked.toSeconds() + " s, longer than we wait");
                return;
            }
            Duration wait = asked != null ? asked : policy.backoff(failedAttempt, ThreadLocalRandom.current().nextDouble());
            LOG.info("{} {}; retrying in {} ms (attempt {} of {})", platform, what, wait.toMillis(), failedAttempt + 1,
                    policy.maxAttempts());
            vertx.setTimer(Math.max(1, wait.toMillis()), id -> next(failedAttempt + 1));
        }

        private void fail(String reason) {
            result.completeExceptionally(new DeliveryFailedException(reason));
        }
    }

    private static String excerpt(HttpResponse<Buffer> response) {
        String body = response.bodyAsString();
        if (body == null || body.isBlank()) {
            return "";
        }
        String line = body.strip().replaceAll("\\s+", " ");
        return " " + (line.length() > EXCERPT ? line.substring(0, EXCERPT) + "…" : line);
    }
}
