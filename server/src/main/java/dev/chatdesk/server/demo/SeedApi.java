package dev.chatdesk.server.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The seeder's calls to a running server's HTTP API, as a customer, an agent or an admin would make them. */
final class SeedApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    /** Calls the server at {@code http://127.0.0.1:port}. */
    SeedApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A new JSON object to send. */
    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** POSTs the body with the bearer token (null: none) and returns the JSON answer; a status not 2xx fails. */
    JsonNode post(String path, String token, JsonNode body) throws IOException {
        HttpResponse<String> response = send(path, token, body);
        if (response.statusCode() / 100 != 2) {
            throw new IOException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? object() : JSON.readTree(response.body());
    }

    /** POSTs as {@link #post} does, taking a 409 (it exists already) as done. */
    void postUnlessConflict(String path, String token, JsonNode body) throws IOException {
        HttpResponse<String> response = send(path, token, body);
        if (response.statusCode() / 100 != 2 && response.statusCode() != 409) {
            throw new IOException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private HttpResponse<String> send(String path, String token, JsonNode body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Signs in and returns the token. */
    String login(String username, String password) throws IOException {
        return post("/api/v1/auth/login", null, object().put("username", username).put("password", password)).at("/token").asText();
    }
}
