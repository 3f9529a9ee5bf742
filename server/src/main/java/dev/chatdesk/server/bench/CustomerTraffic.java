package dev.chatdesk.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatdesk.models.serving.NluBenchmark;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Customers of the web chat talking to a running server over real HTTP, as the widget does: each
 * starts a conversation and sends its messages one after another, on connections that are kept
 * alive. A conversation handed to a person is left, and the customer starts a new one, so the bot
 * keeps answering. Counts what happened; thread-safe.
 */
final class CustomerTraffic implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /**
     * Responses are handled on the client's selector thread itself (a direct executor): nothing
     * there blocks, and on a small machine a hand-off to a worker thread for every response costs
     * CPU the server under test would otherwise have.
     */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Runnable::run)
            .build();
    private final List<String> bases;
    private final List<URI> metrics;
    private final AtomicInteger nextNode = new AtomicInteger();
    private final LongAdder conversations = new LongAdder();
    private final LongAdder handedToPeople = new LongAdder();
    private final LongAdder helpArticleAnswers = new LongAdder();
    private final ConcurrentMap<String, LongAdder> errors = new ConcurrentHashMap<>();

    /**
     * Customers of the servers on these ports of 127.0.0.1: each new customer talks to the next
     * server in turn, as behind a round-robin load balancer.
     */
    CustomerTraffic(List<Integer> ports) {
        this.bases = ports.stream().map(port -> "http://127.0.0.1:" + port + "/api/v1/conversations").toList();
        this.metrics = ports.stream().map(port -> URI.create("http://127.0.0.1:" + port + "/metrics")).toList();
    }

    /** A new customer, who starts a conversation on the next server before their first message. */
    NluBenchmark.Client newCustomer() {
        return new Customer(bases.get(Math.floorMod(nextNode.getAndIncrement(), bases.size())));
    }

    /** The work the servers' encoders have done so far, from their {@code /metrics}. */
    EncoderWork serverEncoderWork() throws IOException, InterruptedException {
        long texts = 0;
        long batches = 0;
        long sentenceTexts = 0;
        for (URI node : metrics) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(node).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("GET " + node + " answered HTTP " + response.statusCode());
            }
            texts += gauge(response.body(), "chatdesk_nlu_encoded_texts");
            batches += gauge(response.body(), "chatdesk_nlu_batches");
            sentenceTexts += gauge(response.body(), "chatdesk_sentence_encoder_texts");
        }
        return new EncoderWork(texts, batches, sentenceTexts);
    }

    private static long gauge(String metricsText, String name) throws IOException {
        // "name value", or "name{node="..."} value": every series carries the node's id.
        for (String line : metricsText.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).strip());
            }
        }
        throw new IOException("the server's /metrics has no " + name);
    }

    /** What happened so far. */
    TrafficCounts counts() {
        Map<String, Long> failures = new HashMap<>();
        errors.forEach((kind, count) -> failures.put(kind, count.sum()));
        return new TrafficCounts(conversations.sum(), handedToPeople.sum(), helpArticleAnswers.sum(), failures);
    }

    @Override
    public void close() {
        http.close();
    }

    /** One customer; used by one thread. */
    private final class Customer implements NluBenchmark.Client {
        private final String base;
        private URI messages;
        private String authorization;

        Customer(String base) {
            this.base = base;
        }

        @Override
        public void prepare() throws IOException, InterruptedException {
            if (messages == null) {
                JsonNode started = call("start", HttpRequest.newBuilder(URI.create(base)), "{}", 201);
                conversations.increment();
                messages = URI.create(base + "/" + started.path("conversationId").asText() + "/messages");
                authorization = "Bearer " + started.path("token").asText();
            }
        }

        @Override
        public void send(String text) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(messages).header("Authorization", authorization);
            JsonNode turn = call("message", request, JSON.writeValueAsString(Map.of("text", text)), 200);
            for (JsonNode reply : turn.path("replies")) {
                if (!reply.path("sources").isEmpty()) {
                    helpArticleAnswers.increment();
                }
            }
            if (!"bot".equals(turn.path("status").asText())) {
                handedToPeople.increment();
                messages = null;
            }
        }

        private JsonNode call(String what, HttpRequest.Builder request, String body, int expectedStatus)
                throws IOException, InterruptedException {
            HttpResponse<String> response;
            try {
                response = http.send(request.timeout(TIMEOUT).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                failed(what + ": " + e.getClass().getSimpleName());
                throw e;
            }
            if (response.statusCode() != expectedStatus) {
                failed(what + ": HTTP " + response.statusCode());
                throw new IOException(what + " answered HTTP " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        }

        private void failed(String kind) {
            errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
    }
}
