package dev.chatdesk.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Route;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes exactly the routes the server mounts: none missing, none extra. */
class OpenApiDocumentTest {
    /** Every connector configured, so that every platform's webhook is mounted. */
    private static final Map<String, String> ALL_CONNECTORS = Map.of(
            "CHATDESK_CONNECTORS_SLACK_SIGNING_SECRET", "slack-secret",
            "CHATDESK_CONNECTORS_SLACK_BOT_TOKEN", "xoxb-test",
            "CHATDESK_CONNECTORS_TELEGRAM_BOT_TOKEN", "123:abc",
            "CHATDESK_CONNECTORS_TELEGRAM_SECRET_TOKEN", "telegram-secret",
            "CHATDESK_CONNECTORS_GENERIC_SECRET", "generic-secret",
            "CHATDESK_CONNECTORS_GENERIC_CALLBACK_URL", "http://127.0.0.1:9/replies");
    /** The Meta and Twilio connectors' credentials, apart as {@code Map.of} takes at most ten pairs. */
    private static final Map<String, String> META_AND_TWILIO = Map.ofEntries(
            Map.entry("CHATDESK_CONNECTORS_WHATSAPP_APP_SECRET", "whatsapp-app-secret"),
            Map.entry("CHATDESK_CONNECTORS_WHATSAPP_VERIFY_TOKEN", "whatsapp-verify-token"),
            Map.entry("CHATDESK_CONNECTORS_WHATSAPP_ACCESS_TOKEN", "whatsapp-access-token"),
            Map.entry("CHATDESK_CONNECTORS_WHATSAPP_PHONE_NUMBER_ID", "106540352242922"),
            Map.entry("CHATDESK_CONNECTORS_MESSENGER_APP_SECRET", "messenger-app-secret"),
            Map.entry("CHATDESK_CONNECTORS_MESSENGER_VERIFY_TOKEN", "messenger-verify-token"),
            Map.entry("CHATDESK_CONNECTORS_MESSENGER_PAGE_ACCESS_TOKEN", "messenger-page-token"),
            Map.entry("CHATDESK_CONNECTORS_TWILIO_ACCOUNT_SID", "AC00000000000000000000000000000000"),
            Map.entry("CHATDESK_CONNECTORS_TWILIO_AUTH_TOKEN", "twilio-auth-token"),
            Map.entry("CHATDESK_CONNECTORS_TWILIO_FROM_NUMBER", "+15005550006"),
            Map.entry("CHATDESK_CONNECTORS_TWILIO_PUBLIC_URL", "https://chat.example.com/webhooks/twilio"));

    @Test
    void theDocumentListsEveryRouteOfTheServerAndNoOther() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            assertEquals(documentedOperations(), mountedOperations(vertx));
        } finally {
            vertx.close().await();
        }
    }

    @Test
    void theDocumentIsOpenApi3WithTheJsonErrorFormat() throws Exception {
        JsonNode document = document();
        assertTrue(document.at("/openapi").asText().startsWith("3."), document.at("/openapi").asText());
        String body = document.at("/components/schemas/Error/properties/error/$ref").asText().replace("#", "");
        JsonNode error = document.at(body + "/properties");
        assertTrue(error.has("code") && error.has("message"), error.toString());
    }

    private static TreeSet<String> mountedOperations(Vertx vertx) {
        HttpApis apis = ServicelessServer.apis(vertx, allConnectors(), List.of("*"));
        HttpVerticle verticle = new HttpVerticle(apis, "127.0.0.1", 0);
        verticle.init(vertx, vertx.getOrCreateContext());
        TreeSet<String> operations = new TreeSet<>();
        for (Route route : verticle.router().getRoutes()) {
            if (route.getPath() == null || route.methods() == null || route.methods().isEmpty() || route.getPath().endsWith("*")) {
                continue; // handlers that run before or around the operations (CORS, bodies, authentication)
            }
            String path = route.getPath().replaceAll(":([A-Za-z]+)", "{$1}");
            route.methods().forEach(m -> operations.add(m.name() + " " + path));
        }
        return operations;
    }

    private static Map<String, String> allConnectors() {
        Map<String, String> environment = new HashMap<>(ALL_CONNECTORS);
        environment.putAll(META_AND_TWILIO);
        return environment;
    }

    private static TreeSet<String> documentedOperations() throws Exception {
        TreeSet<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document().get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (List.of("get", "post", "put", "delete", "patch").contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        return operations;
    }

    private static JsonNode document() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(OpenApiDocument.load().getBytes());
    }
}
