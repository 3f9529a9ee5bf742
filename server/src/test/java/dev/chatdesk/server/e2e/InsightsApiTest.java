package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.server.testing.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The insights over the API, for admins only: what a day of conversations on a fresh server measures. */
class InsightsApiTest {
    private static TestServer server;
    private static ApiClient api;
    private static String admin;
    private static String nadia;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServer.startWithAgent("nadia", "Nadia");
        api = server.client();
        admin = api.login("admin", TestServer.ADMIN_PASSWORD);
        nadia = api.login("nadia", "a-long-password");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aDayOfConversationsIsMeasured() throws Exception {
        CustomerChat.start(api, "Ines Duarte", "ines@example.com").say("what are your opening hours?");
        CustomerChat.start(api, "Nobody Wrote", "silent@example.com");
        CustomerChat helped = CustomerChat.escalated(api, "Tomas Berg", "the parcel came but the jacket inside is the wrong size");
        String c = "/api/v1/agent/conversations/" + helped.id();
        assertEquals(200, api.post(c + "/claim", nadia, ApiClient.object()).status());
        assertEquals(200, api.post(c + "/messages", nadia, ApiClient.object().put("text", "I'll swap it for you.")).status());
        assertEquals(200, api.post(c + "/resolve", nadia, ApiClient.object()).status());
        assertEquals(200, api.post("/api/v1/conversations/" + helped.id() + "/feedback", helped.token(),
                ApiClient.object().put("rating", 4)).status());

        ApiClient.Response response = api.get("/api/v1/admin/insights", admin);
        assertEquals(200, response.status(), response.text());
        JsonNode insights = response.json();
        assertEquals(2, insights.at("/conversations").asLong(), "the silent conversation does not count: " + insights);
        assertEquals(0.5, insights.at("/containmentRate").asDouble(), 1e-9);
        assertEquals(0.5, insights.at("/escalationRate").asDouble(), 1e-9);
        long escalations = StreamSupport.stream(insights.at("/escalationsByReason").spliterator(), false).mapToLong(JsonNode::asLong).sum();
        assertEquals(1, escalations, insights.at("/escalationsByReason").toString());
        assertEquals(4.0, insights.at("/csat/average").asDouble(), 1e-9);
        assertEquals(1, insights.at("/csat/responses").asLong());
        double firstResponse = insights.at("/firstResponseSecondsP50").asDouble(-1);
        assertTrue(firstResponse >= 0 && firstResponse <= insights.at("/resolutionSecondsP50").asDouble(), insights.toString());
        assertEquals(2, insights.at("/botTurns/total").asLong(), "one turn of each customer's question: " + insights.at("/botTurns"));
        assertEquals(30, insights.at("/sentiment").size(), "the last 30 days by day");
        assertEquals(2, StreamSupport.stream(insights.at("/sentiment").spliterator(), false).mapToLong(p -> p.at("/messages").asLong()).sum());
        Instant to = Instant.parse(insights.at("/to").asText());
        assertEquals(to.minus(Duration.ofDays(1)).toString(), insights.at("/volume/29/at").asText(), "today is the last day");
        assertEquals(2, insights.at("/volume/29/conversations").asLong());
        assertEquals("nadia", insights.at("/agents/0/agent").asText());
        assertEquals(List.of(1L, 1L, 4L), List.of(insights.at("/agents/0/handled").asLong(), insights.at("/agents/0/resolved").asLong(),
                insights.at("/agents/0/csat/average").asLong()));
        assertEquals(0, insights.at("/previous/conversations").asLong(), "the 30 days before: nothing");

        LocalDate today = LocalDate.ofInstant(to.minus(Duration.ofDays(1)), ZoneOffset.UTC);
        JsonNode day = api.get("/api/v1/admin/insights?from=" + today + "&to=" + today, admin).json();
        assertEquals("hour", day.at("/bucket").asText(), "a day is cut by hour");
        assertEquals(24, day.at("/volume").size());
        assertEquals(2, day.at("/conversations").asLong());
        JsonNode lastHours = api.get("/api/v1/admin/insights?hours=24", admin).json();
        assertEquals(List.of("hour", "24", "2"), List.of(lastHours.at("/bucket").asText(), String.valueOf(lastHours.at("/volume").size()),
                lastHours.at("/conversations").asText()), "the last 24 hours up to the end of this one");
    }

    @Test
    void theGrafanaDashboardReadsOnlyMetricsTheServerExports() throws Exception {
        CustomerChat.escalated(api, "Mina Park", "my refund has not arrived");
        String exported = api.get("/metrics", null).text();
        String dashboard = Files.readString(Path.of("..", "deploy", "grafana", "chatdesk.json"));
        Matcher metric = Pattern.compile("\\b(?:chatdesk|vertx)_[a-z_]+\\b").matcher(dashboard);
        Set<String> read = new TreeSet<>();
        while (metric.find()) {
            read.add(metric.group());
        }
        read.remove("chatdesk_retention_erased_conversations_total"); // exported once privacy.retentionDays is set
        assertTrue(read.size() >= 8, read.toString());
        for (String name : read) {
            assertTrue(exported.contains("\n" + name + "{"), name + " is not in /metrics");
        }
    }

    @Test
    void onlyAdminsReadTheInsightsAndABadRangeIsAClientError() throws Exception {
        assertEquals(403, api.get("/api/v1/admin/insights", nadia).status());
        assertEquals(401, api.get("/api/v1/admin/insights", null).status());
        for (String query : List.of("bucket=week", "from=yesterday", "from=2026-03-02&to=2026-03-01",
                "from=2020-01-01&to=2026-01-01&bucket=hour", "days=0", "hours=100000")) {
            ApiClient.Response refused = api.get("/api/v1/admin/insights?" + query, admin);
            assertEquals(400, refused.status(), query + ": " + refused.text());
            assertEquals("invalid_request", refused.at("/error/code").asText());
        }
    }
}
