package dev.chatdesk.server.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.chatdesk.server.testing.ApiClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bike workshop's booking and repair API, which the flows of the test bot {@code bike-workshop}
 * call: a real HTTP server on a free port of 127.0.0.1, with three repairs and a Saturday that is
 * fully booked. Thread-safe.
 *
 * <ul>
 *   <li>{@code GET /repairs/{ticket}}: 200 {@code {ticket, bike, status}}, or 404 {@code {ticket}}
 *   <li>{@code POST /bookings} {@code {service, day, email}}: 201 {@code {reference, service, day}},
 *       409 {@code {reason}} for a full day, 400 for a body without them
 * </ul>
 */
final class WorkshopService implements AutoCloseable {
    /** Repairs by ticket number. */
    static final Map<String, Map<String, String>> REPAIRS = Map.of(
            "SC-4821", Map.of("bike", "Gazelle city bike",
                    "status", "ready for collection! We replaced the chain and both brake pads. Collect it Tuesday to Saturday "
                            + "until 18:00; the bill is 64.50 EUR."),
            "SC-5307", Map.of("bike", "Cube e-MTB",
                    "status", "waiting for a part: the new rear derailleur arrives on Friday, and we'll text you as soon as "
                            + "the bike is done."),
            "SC-6120", Map.of("bike", "Brompton folding bike",
                    "status", "in the workshop: a mechanic is working on it today, and it should be ready tomorrow afternoon."));

    private final HttpServer server;
    private final AtomicInteger bookings = new AtomicInteger(1040);

    private WorkshopService(HttpServer server) {
        this.server = server;
    }

    /** Starts the service on a free port. */
    static WorkshopService start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        WorkshopService service = new WorkshopService(http);
        http.createContext("/repairs/", service::repair);
        http.createContext("/bookings", service::booking);
        http.start();
        return service;
    }

    /** Its address, for the bot's {@code workshopApi} variable. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void repair(HttpExchange exchange) throws IOException {
        String raw = URLDecoder.decode(exchange.getRequestURI().getRawPath().substring("/repairs/".length()), StandardCharsets.UTF_8);
        String ticket = "SC-" + raw.replaceAll("\\D", "");
        Map<String, String> repair = REPAIRS.get(ticket);
        ObjectNode body = ApiClient.object().put("ticket", ticket);
        if (repair == null) {
            send(exchange, 404, body);
            return;
        }
        repair.forEach(body::put);
        send(exchange, 200, body);
    }

    private void booking(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            send(exchange, 405, ApiClient.object().put("reason", "POST a booking"));
            return;
        }
        JsonNode request = ApiClient.JSON.readTree(exchange.getRequestBody());
        String service = request.path("service").asText("");
        String day = request.path("day").asText("");
        if (service.isBlank() || day.isBlank() || !request.path("email").asText("").contains("@")) {
            send(exchange, 400, ApiClient.object().put("reason", "a booking needs a service, a day and an email address"));
            return;
        }
        if (day.toLowerCase(Locale.ROOT).equals("saturday")) {
            send(exchange, 409, ApiClient.object().put("reason",
                    "Saturday is fully booked for the next two weeks. Tuesday to Friday still have places."));
            return;
        }
        send(exchange, 201, ApiClient.object().put("reference", "BK-" + bookings.incrementAndGet())
                .put("service", service).put("day", day));
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = ApiClient.JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
