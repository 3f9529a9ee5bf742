package dev.chatdesk.server.http;

import dev.chatdesk.connectors.admin.KnowledgeBaseApi;
import dev.chatdesk.connectors.agent.AgentApi;
import dev.chatdesk.connectors.agent.CustomerDataApi;
import dev.chatdesk.connectors.http.TrustedProxies;
import dev.chatdesk.connectors.insights.DraftsApi;
import dev.chatdesk.connectors.insights.InsightsApi;
import dev.chatdesk.connectors.platform.PlatformWebhooks;
import dev.chatdesk.connectors.web.CustomerApi;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;

/**
 * Everything the HTTP server serves.
 *
 * @param customers the customer-side API
 * @param agents the agent and admin API
 * @param customerData customers' data export and erasure (admins)
 * @param knowledgeBase knowledge-base search and management
 * @param insights the insights (admins)
 * @param drafts admins' drafts from unanswered questions
 * @param webhooks the messaging platforms' webhooks
 * @param metrics the registry {@code /metrics} shows
 * @param readiness whether this node takes traffic: the model, the index, the store and the cluster
 * @param bodyLimitBytes the largest request body taken
 * @param corsOrigins origins allowed to call the API from browsers ({@code *} for any)
 * @param proxies the proxies whose {@code X-Forwarded-For} names the client
 * @param metricsToken the bearer token {@code /metrics} asks for; null: it answers only this machine
 */
public record HttpApis(
        CustomerApi customers,
        AgentApi agents,
        CustomerDataApi customerData,
        KnowledgeBaseApi knowledgeBase,
        InsightsApi insights,
        DraftsApi drafts,
        PlatformWebhooks webhooks,
        PrometheusMeterRegistry metrics,
        Readiness readiness,
        int bodyLimitBytes,
        List<String> corsOrigins,
        TrustedProxies proxies,
        String metricsToken) {}
