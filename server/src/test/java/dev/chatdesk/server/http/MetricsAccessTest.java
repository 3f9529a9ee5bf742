package dev.chatdesk.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /metrics} is not open to the world: this machine only, or whoever has the configured token. */
class MetricsAccessTest {
    @Test
    void withoutATokenThisMachineMayScrape() throws Exception {
        try (ServicelessServer server = new ServicelessServer(List.of("*"), ConnectionLimits.DEFAULTS)) {
            assertEquals(200, server.send(server.request("/metrics")).statusCode());
        }
    }

    @Test
    void withATokenOnlyItsBearerMayScrape() throws Exception {
        try (ServicelessServer server = new ServicelessServer("scrape-token-0123456789")) {
            HttpResponse<String> none = server.send(server.request("/metrics"));
            assertEquals(401, none.statusCode());
            assertTrue(none.body().contains("\"unauthorized\""), none.body());
            assertEquals(401, server.send(server.request("/metrics").header("Authorization", "Bearer a-guess")).statusCode());
            assertEquals(200, server.send(server.request("/metrics").header("Authorization", "Bearer scrape-token-0123456789")).statusCode());
        }
    }
}
