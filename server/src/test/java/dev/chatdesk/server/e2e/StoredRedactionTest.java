package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.server.testing.ApiClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With {@code privacy.redact: store}, message text is stored with personal data masked: agents see
 * the masked form and reveal the written text, audited; the customer sees what they typed while chatting.
 */
class StoredRedactionTest {
    @Test
    void agentsSeeTheMaskedFormAndRevealTheWrittenTextWhichIsAudited() throws Exception {
        try (TestServer server = TestServer.start(Map.of("CHATDESK_PRIVACY_REDACT", "store"))) {
            ApiClient api = server.client();
            CustomerChat chat = CustomerChat.start(api, "Jonas", null);
            String written = "please call me on +49 30 1234567 or mail jonas.weber@example.de about NW-482913";
            ApiClient.Response turn = chat.say(written);
            assertEquals(written, turn.at("/message/text").asText(), "the customer sees what they typed");
            chat.askForAPerson();
            String admin = api.login("admin", TestServer.ADMIN_PASSWORD);
            String c = "/api/v1/agent/conversations/" + chat.id();

            JsonNode message = customerMessage(api.get(c, admin));
            assertEquals("please call me on [phone] or mail [email] about NW-482913", message.at("/text").asText());
            ApiClient.Response revealed = api.post(c + "/messages/" + message.at("/id").asText() + "/reveal", admin, ApiClient.object());
            assertEquals(200, revealed.status(), revealed.text());
            assertEquals(written, revealed.at("/text").asText());

            String greeting = api.get(c, admin).at("/messages/0/id").asText();
            assertEquals(404, api.post(c + "/messages/" + greeting + "/reveal", admin, ApiClient.object()).status());
            assertFalse(chat.history().text().contains("jonas.weber@example.de"), "a reload shows the stored form");
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!api.get("/api/v1/admin/audit?actor=admin", admin).text().contains("personal_data_revealed")) {
                assertTrue(System.nanoTime() < deadline, "the reveal was not audited");
                Thread.sleep(50);
            }
        }
    }

    private static JsonNode customerMessage(ApiClient.Response record) {
        for (JsonNode message : record.at("/messages")) {
            if (message.at("/role").asText().equals("customer")) {
                return message;
            }
        }
        throw new AssertionError("no customer message in " + record.text());
    }
}
