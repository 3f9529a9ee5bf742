package dev.chatdesk.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.connectors.admin.KnowledgeBaseApi;
import dev.chatdesk.connectors.agent.AgentApi;
import dev.chatdesk.connectors.http.RateLimiter;
import dev.chatdesk.connectors.web.CustomerApi;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Browsers on the sites of the CORS allow-list, and on our own pages, may call the API; other sites may not. */
class CrossOriginHandlerTest {
    private static final String SHOP = "https://shop.example.com";

    private static Vertx vertx;
    private static HttpVerticle verticle;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        RateLimiter unlimited = new RateLimiter(1_000_000);
        verticle = new HttpVerticle(new HttpApis(
                new CustomerApi(null, null, unlimited, unlimited, 4000),
                new AgentApi(null, null, null, Runnable::run, unlimited, 4000),
                new KnowledgeBaseApi(null, Runnable::run, unlimited),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                () -> true,
                65_536,
                List.of(SHOP)), "127.0.0.1", 0);
        vertx.deployVerticle(verticle).await();
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
    }

    private HttpResponse<String> get(String origin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/health/live")).header("Origin", origin).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String base() {
        return "http://127.0.0.1:" + verticle.actualPort();
    }

    @Test
    void aSiteOnTheListMayCallTheApi() throws Exception {
        HttpResponse<String> response = get(SHOP);
        assertEquals(200, response.statusCode());
        assertEquals(SHOP, response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void aSiteOnTheListMayPreflightTheCustomerApi() throws Exception {
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(base() + "/api/v1/conversations"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", SHOP)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .build();
        HttpResponse<String> response = http.send(preflight, HttpResponse.BodyHandlers.ofString());
        assertEquals(204, response.statusCode());
        String headers = response.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase();
        assertTrue(headers.contains("authorization") && headers.contains("content-type"), headers);
    }

    @Test
    void aSiteOffTheListIsRefused() throws Exception {
        HttpResponse<String> response = get("https://elsewhere.example");
        assertEquals(403, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void ourOwnPagesAreNotCrossOriginWhateverTheList() throws Exception {
        assertEquals(200, get(base()).statusCode());
    }

    @Test
    void aPageOnTheSameHostButAnotherPortIsCrossOrigin() throws Exception {
        assertEquals(403, get("http://127.0.0.1:1").statusCode());
    }
}
