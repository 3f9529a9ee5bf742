package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.server.testing.ApiClient;

/** The agents' queue as an agent reads it over the API. */
final class AgentQueue {
    private AgentQueue() {}

    /** The queue's entry of a conversation; fails when it is not in the queue. */
    static JsonNode entry(ApiClient api, String agentToken, String conversationId) throws Exception {
        ApiClient.Response queue = api.get("/api/v1/agent/queue", agentToken);
        assertEquals(200, queue.status(), queue.text());
        for (JsonNode entry : queue.json()) {
            if (entry.at("/conversationId").asText().equals(conversationId)) {
                return entry;
            }
        }
        throw new AssertionError("conversation " + conversationId + " is not in the queue: " + queue.text());
    }
}
