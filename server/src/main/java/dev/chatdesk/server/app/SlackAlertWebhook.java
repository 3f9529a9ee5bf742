package dev.chatdesk.server.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.core.insights.Alert;
import dev.chatdesk.core.insights.AngerWatch;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts alerts to a Slack-compatible incoming webhook: {@code {"text": "..."}} as JSON, which
 * Slack, Mattermost, Rocket.Chat and Microsoft Teams' Slack-compatible hooks all take.
 */
final class SlackAlertWebhook implements AngerWatch.Webhook {
    private static final Logger LOG = LoggerFactory.getLogger(SlackAlertWebhook.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI url;

    /** Posts to this webhook URL. */
    SlackAlertWebhook(String url) {
        this.url = URI.create(url);
    }

    @Override
    public boolean post(Alert alert) {
        ObjectNode body = JSON.createObjectNode().put("text", ":rotating_light: Chatdesk: " + alert.message());
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return true;
            }
            LOG.warn("The alert webhook answered {}; the alert is posted again at the next check", status);
        } catch (IOException e) {
            LOG.warn("The alert webhook could not be reached ({}); the alert is posted again at the next check", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
