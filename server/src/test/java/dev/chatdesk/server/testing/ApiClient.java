package dev.chatdesk.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A client of the running server over real HTTP, as a widget or an agent console talks to it. */
public final class ApiClient {
    /** The JSON mapper the tests read and write bodies with. */
    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    /** A client of the server on this port of 127.0.0.1. */
    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** The server's address. */
    public String base() {
        return base;
    }

    /**
     * An answer.
     *
     * @param status the HTTP status
     * @param json the body as JSON (a missing node when it was empty or not JSON)
     * @param text the body as text
     * @param retryAfter the Retry-After header, or null
     * @param contentTypeOptions the X-Content-Type-Options header, or null
     */
    public record Response(int status, JsonNode json, String text, String retryAfter, String contentTypeOptions) {
        /** The node at a JSON pointer (missing when absent). */
        public JsonNode at(String pointer) {
            return json.at(pointer);
        }
    }

    /** GETs a path, with a bearer token unless null. */
    public Response get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).GET());
    }

    /** POSTs a JSON body (a string is sent as it is). */
    public Response post(String path, String token, Object body) throws IOException, InterruptedException {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    /** POSTs raw bytes with a content type (none when null). */
    public Response postBytes(String path, String token, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, token).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** POSTs raw bytes with a content type (none when null) and extra headers, as a platform calls its webhook. */
    public Response postWithHeaders(String path, Map<String, String> headers, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, null).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** PUTs a JSON body. */
    public Response put(String path, String token, Object body) throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** DELETEs a path. */
    public Response delete(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).DELETE());
    }

    /** A new empty JSON object. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** A JSON array of these texts. */
    public static ArrayNode array(String... texts) {
        ArrayNode array = JSON.createArrayNode();
        for (String text : texts) {
            array.add(text);
        }
        return array;
    }

    /** Logs in and returns the agent's token. */
    public String login(String username, String password) throws IOException, InterruptedException {
        Response login = post("/api/v1/auth/login", null, object().put("username", username).put("password", password));
        if (login.status() != 200) {
            throw new IllegalStateException("login failed: " + login.text());
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

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json;
        try {
            json = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            json = JSON.missingNode();
        }
        return new Response(response.statusCode(), json, response.body(), response.headers().firstValue("Retry-After").orElse(null),
                response.headers().firstValue("X-Content-Type-Options").orElse(null));
    }
}
