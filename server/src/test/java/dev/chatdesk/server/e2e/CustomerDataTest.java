package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.server.testing.ApiClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A data-protection officer's requests through the admin API: a customer's export holds everything
 * about them and nothing about anyone else; erasure leaves no trace in the data directory; both are
 * audited.
 */
class CustomerDataTest {
    private static TestServer server;
    private static ApiClient api;
    private static String admin;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("CHATDESK_LIMITS_REQUESTS_PER_MINUTE_PER_CLIENT", "100000"));
        api = server.client();
        admin = api.login("admin", TestServer.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anExportHoldsTheCustomersConversationsWithTheAgentsRepliesAndNothingOfAnother() throws Exception {
        Chat hana = chat("Hana Novotna", "hana.novotna@example.org", "is the trekking pole set in stock? my parcel is fine");
        String c = "/api/v1/agent/conversations/" + hana.chat().id();
        hana.chat().askForAPerson();
        assertEquals(200, api.post(c + "/claim", admin, ApiClient.object()).status());
        assertEquals(200, api.post(c + "/messages", admin, ApiClient.object().put("text", "Yes Hana, 14 sets left")).status());
        Chat other = chat("Rui Alves", "rui.alves@example.org", "do you ship kayaks to madeira?");

        ApiClient.Response export = api.get("/api/v1/admin/customers/" + hana.customerId() + "/export", admin);

        assertEquals(200, export.status(), export.text());
        assertEquals("hana.novotna@example.org", export.at("/customer/email").asText());
        assertEquals(hana.customerId(), export.at("/customerId").asLong());
        String document = export.text();
        assertTrue(document.contains("trekking pole set") && document.contains("14 sets left"), document);
        assertTrue(document.contains("\"escalations\":[{"), "the hand-over is in it");
        assertFalse(document.contains("Rui") || document.contains("madeira") || document.contains(other.chat().id()));
        assertAudited("customer_exported", hana.customerId());
    }

    @Test
    void erasureLeavesNoTraceInTheDataDirectoryAndTheCustomersTokenOpensNothing() throws Exception {
        Chat gone = chat("Wiremu Tane", "wiremu.tane@example.org", "my waka paddle arrived cracked, order NW-771204");
        gone.chat().say("also the kowhai blanket is the wrong colour");
        Chat kept = chat("Aroha Ngata", "aroha.ngata@example.org", "where is my pohutukawa mug");

        assertEquals(204, api.delete("/api/v1/admin/customers/" + gone.customerId(), admin).status());

        assertEquals(404, api.get("/api/v1/admin/customers/" + gone.customerId() + "/export", admin).status());
        assertEquals(404, api.get("/api/v1/conversations/" + gone.chat().id(), gone.chat().token()).status());
        String files = dataDirectoryText();
        for (String trace : List.of("waka paddle", "kowhai", "Wiremu", "wiremu.tane@example.org", gone.chat().id())) {
            assertFalse(files.contains(trace), "the data directory still holds " + trace);
        }
        assertTrue(files.contains("pohutukawa"), "another customer's messages stay");
        assertEquals(200, kept.chat().history().status());
        assertAudited("customer_erased", gone.customerId());
    }

    @Test
    void unknownCustomersAreNotFoundAndAgentsMayNotAsk() throws Exception {
        assertEquals(404, api.get("/api/v1/admin/customers/987654/export", admin).status());
        assertEquals(404, api.delete("/api/v1/admin/customers/987654", admin).status());
        assertEquals(404, api.get("/api/v1/admin/customers/not-a-number/export", admin).status());
        assertEquals(201, api.post("/api/v1/admin/agents", admin, ApiClient.object()
                .put("username", "tui").put("password", "a-long-password").put("role", "agent")).status());
        String tui = api.login("tui", "a-long-password");
        Chat chat = chat("Mere", "mere@example.org", "hello");
        assertEquals(403, api.get("/api/v1/admin/customers/" + chat.customerId() + "/export", tui).status());
        assertEquals(403, api.delete("/api/v1/admin/customers/" + chat.customerId(), tui).status());
        assertEquals(200, chat.chat().history().status());
    }

    private record Chat(CustomerChat chat, long customerId) {}

    private static Chat chat(String name, String email, String text) throws Exception {
        ApiClient.Response started = api.post("/api/v1/conversations", null, ApiClient.object()
                .set("customer", ApiClient.object().put("name", name).put("email", email)));
        assertEquals(201, started.status(), started.text());
        CustomerChat chat = new CustomerChat(api, started.at("/conversationId").asText(), started.at("/token").asText());
        chat.say(text);
        return new Chat(chat, started.at("/customerId").asLong());
    }

    private static void assertAudited(String action, long customerId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String expected = "\"action\":\"" + action + "\",\"targetType\":\"customer\",\"targetId\":\"" + customerId + "\"";
        while (!api.get("/api/v1/admin/audit?limit=500&actor=admin", admin).text().contains(expected)) {
            assertTrue(System.nanoTime() < deadline, action + " of customer " + customerId + " was not audited");
            Thread.sleep(50);
        }
    }

    /** Every file under the server's data directory (the store, its log, the search index) as Latin-1 text. */
    private static String dataDirectoryText() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(server.dataDir())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                text.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return text.toString();
    }
}
