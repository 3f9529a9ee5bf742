package dev.chatdesk.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Browsers on the sites of the CORS allow-list, and on our own pages, may call the API; other sites may not. */
class CrossOriginHandlerTest {
    private static final String SHOP = "https://shop.example.com";

    private static ServicelessServer server;

    @BeforeAll
    static void start() {
        server = new ServicelessServer(List.of(SHOP));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> getFrom(String origin) throws Exception {
        return server.send(server.request("/health/live").header("Origin", origin));
    }

    @Test
    void aSiteOnTheListMayCallTheApi() throws Exception {
        HttpResponse<String> response = getFrom(SHOP);
        assertEquals(200, response.statusCode());
        assertEquals(SHOP, response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void aSiteOnTheListMayPreflightTheCustomerApi() throws Exception {
        HttpResponse<String> response = server.send(server.request("/api/v1/conversations")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", SHOP)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type"));
        assertEquals(204, response.statusCode());
        String headers = response.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase();
        assertTrue(headers.contains("authorization") && headers.contains("content-type"), headers);
    }

    @Test
    void aSiteOffTheListIsRefused() throws Exception {
        HttpResponse<String> response = getFrom("https://elsewhere.example");
        assertEquals(403, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void noSiteIsGrantedTheSignInAgentAdminOrMetricsRoutesEvenWithAWildcardList() throws Exception {
        try (ServicelessServer anyOrigin = new ServicelessServer(List.of("*"))) {
            for (ServicelessServer each : List.of(server, anyOrigin)) {
                for (String path : List.of("/api/v1/auth/login", "/api/v1/agent/queue", "/api/v1/admin/agents", "/metrics")) {
                    HttpResponse<String> response = each.send(each.request(path)
                            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                            .header("Origin", SHOP)
                            .header("Access-Control-Request-Method", "POST")
                            .header("Access-Control-Request-Headers", "authorization,content-type"));
                    assertEquals(403, response.statusCode(), path);
                    assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), path);
                    assertTrue(response.body().contains("\"cross_origin_forbidden\""), response.body());
                }
            }
            assertTrue(anyOrigin.send(anyOrigin.request("/api/v1/conversations")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", SHOP)
                    .header("Access-Control-Request-Method", "POST")).headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                    "the customer API stays open to the sites that embed the widget");
        }
    }

    @Test
    void ourOwnPagesAreNotCrossOriginWhateverTheList() throws Exception {
        assertEquals(200, getFrom(server.base()).statusCode());
    }

    @Test
    void aPageOnTheSameHostButAnotherPortIsCrossOrigin() throws Exception {
        assertEquals(403, getFrom("http://127.0.0.1:1").statusCode());
    }
}
