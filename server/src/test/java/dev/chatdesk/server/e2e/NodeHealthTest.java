package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.server.testing.ApiClient;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code /health/ready} says what a load balancer needs, and the node's id is on its metrics. */
class NodeHealthTest {
    private static final Pattern NODE_LABEL = Pattern.compile("\\nchatdesk_conversations_busy\\{node=\"([^\"]+)\"}");

    @Test
    void aStartedNodeIsReadyWithItsStoreAnsweringAndNamesItselfOnItsMetrics() throws Exception {
        try (TestServer server = TestServer.start(Map.of())) {
            ApiClient api = server.client();

            ApiClient.Response ready = api.get("/health/ready", null);

            assertEquals(200, ready.status());
            assertEquals("ready", ready.at("/status").asText());
            assertEquals("sqlite", ready.at("/store/type").asText());
            assertEquals("up", ready.at("/store/status").asText());
            assertFalse(ready.at("/cluster/enabled").asBoolean());
            Matcher metrics = NODE_LABEL.matcher(api.get("/metrics", null).text());
            assertTrue(metrics.find(), "a series labelled with the node");
            assertEquals(ready.at("/node").asText(), metrics.group(1));
        }
    }
}
