package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatdesk.server.testing.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rate limits count each client apart behind a load balancer: the server believes X-Forwarded-For
 * from the proxies it is told to trust, and from nobody else.
 */
class ClientAddressTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnLimit() throws Exception {
        try (TestServer server = TestServer.start(Map.of(
                "CHATDESK_SERVER_TRUSTED_PROXIES", "127.0.0.1",
                "CHATDESK_LIMITS_REQUESTS_PER_MINUTE_PER_CLIENT", "3"))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(201, start(server, "198.51.100.1"));
            }
            assertEquals(429, start(server, "198.51.100.1"));
            assertEquals(201, start(server, "198.51.100.2"), "another customer behind the same proxy");
        }
    }

    @Test
    void withoutTrustedProxiesAForwardedAddressChangesNothing() throws Exception {
        try (TestServer server = TestServer.start(Map.of("CHATDESK_LIMITS_REQUESTS_PER_MINUTE_PER_CLIENT", "3"))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(201, start(server, "198.51.100." + i));
            }
            assertEquals(429, start(server, "198.51.100.99"), "a client cannot pick a new key for each request");
        }
    }

    private static int start(TestServer server, String forwardedFor) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/conversations"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.object().toString()))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
