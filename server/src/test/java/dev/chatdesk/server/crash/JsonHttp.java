package dev.chatdesk.server.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A minimal JSON-over-HTTP client of one running server, as a widget or an agent console uses it; safe for concurrent use. */
final class JsonHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    JsonHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /**
     * An answer.
     *
     * @param status the HTTP status
     * @param json the body as JSON (a missing node when it was empty or not JSON)
     * @param text the body as text
     */
    record Reply(int status, JsonNode json, String text) {
        JsonNode at(String pointer) {
            return json.at(pointer);
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    Reply get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).GET());
    }

    Reply post(String path, String token, JsonNode body) throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** Logs in and returns the account's bearer token. */
    String login(String username, String password) throws IOException, InterruptedException {
        Reply login = post("/api/v1/auth/login", null, object().put("username", username).put("password", password));
        if (login.status() != 200) {
            throw new IllegalStateException("login as " + username + " failed with " + login.status() + ": " + login.text());
        }
        return login.at("/token").asText();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json;
        try {
            json = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
        } catch (IOException notJson) {
            json = JSON.missingNode();
        }
        return new Reply(response.statusCode(), json, response.body());
    }
}
