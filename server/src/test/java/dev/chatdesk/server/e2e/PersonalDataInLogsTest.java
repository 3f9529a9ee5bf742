package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.server.testing.ApiClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Everything the server logs during a conversation full of personal data, an escalation, an agent's
 * reply, bad requests and an export holds none of that data.
 */
class PersonalDataInLogsTest {
    private static final List<String> PERSONAL = List.of("Fenna Bakker", "fenna.bakker@example.nl", "+31 6 12345678",
            "4111 1111 1111 1111", "NL91 ABNA 0417 1643 00", "13812345678", "11010519491231002X");

    @Test
    void theLogOfAWholeConversationHoldsNoneOfThePersonalDataSent() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (TestServer server = TestServer.start(Map.of())) {
            ApiClient api = server.client();
            ApiClient.Response started = api.post("/api/v1/conversations", null, ApiClient.object()
                    .set("customer", ApiClient.object().put("name", "Fenna Bakker").put("email", "fenna.bakker@example.nl")));
            CustomerChat chat = new CustomerChat(api, started.at("/conversationId").asText(), started.at("/token").asText());
            chat.say("hi, call me on +31 6 12345678 about order NW-482913");
            chat.say("my card 4111 1111 1111 1111 was charged twice, refund to NL91 ABNA 0417 1643 00 please");
            chat.say("我的手机13812345678，身份证11010519491231002X");
            assertEquals(400, api.postBytes("/api/v1/conversations/" + chat.id() + "/messages", chat.token(), "application/json",
                    "{\"text\": \"fenna.bakker@example.nl 4111 1111 1111 1111".getBytes(StandardCharsets.UTF_8)).status());
            chat.askForAPerson();
            String admin = api.login("admin", TestServer.ADMIN_PASSWORD);
            String c = "/api/v1/agent/conversations/" + chat.id();
            assertEquals(200, api.post(c + "/claim", admin, ApiClient.object()).status());
            assertEquals(200, api.post(c + "/messages", admin, ApiClient.object()
                    .put("text", "I'll call +31 6 12345678 now, Fenna Bakker")).status());
            long customerId = started.at("/customerId").asLong();
            assertEquals(200, api.get("/api/v1/admin/customers/" + customerId + "/export", admin).status());
        } finally {
            System.setErr(original);
        }
        String text = log.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Chatdesk is ready"), "the log was captured");
        for (String personal : PERSONAL) {
            assertFalse(text.contains(personal), "the log holds " + personal + ":\n" + text);
        }
    }
}
