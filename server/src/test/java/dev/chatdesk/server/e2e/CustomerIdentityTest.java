package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.connectors.web.CustomerIdentity;
import dev.chatdesk.server.testing.ApiClient;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who a website visitor is: the site's customer id counts only with its identity hash. Probed as
 * an attacker would: sending another customer's id, with no hash or a wrong one, links the new
 * conversation to nobody and changes nothing stored about that customer.
 */
class CustomerIdentityTest {
    private static final String SECRET = "the-shops-identity-secret";

    private static TestServer server;
    private static ApiClient api;
    private static String admin;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServer.start(Map.of(
                "CHATDESK_AUTH_CUSTOMER_IDENTITY_SECRET", SECRET,
                "CHATDESK_LIMITS_REQUESTS_PER_MINUTE_PER_CLIENT", "100000"));
        api = server.client();
        admin = api.login("admin", TestServer.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aVisitorTheSiteVouchesForIsLinkedToTheirEarlierConversations() throws Exception {
        CustomerChat earlier = CustomerChat.start(api, verified("cust-100", "Ada", "ada@example.com"));
        CustomerChat now = CustomerChat.start(api, verified("cust-100", "Ada Lovelace", null));

        JsonNode view = agentView(now);
        assertEquals(earlier.id(), view.at("/otherConversations/0/conversationId").asText(), view.toString());
        assertEquals("Ada Lovelace", view.at("/customer/name").asText(), view.toString());
        assertEquals("ada@example.com", view.at("/customer/email").asText(), view.toString());
        assertTrue(view.at("/customer/verified").asBoolean(), view.toString());
    }

    @Test
    void anotherCustomersIdWithoutItsHashLinksToNobodyAndChangesNothing() throws Exception {
        CustomerChat victims = CustomerChat.start(api, verified("cust-200", "Bea", "bea@example.com"));
        CustomerChat noHash = CustomerChat.start(api, ApiClient.object()
                .put("externalId", "cust-200").put("name", "Mallory").put("email", "mallory@example.com"));
        CustomerChat wrongHash = CustomerChat.start(api, ApiClient.object()
                .put("externalId", "cust-200").put("identityHash", CustomerIdentity.hash("a-guessed-secret", "cust-200"))
                .put("name", "Mallory"));
        CustomerChat sameEmail = CustomerChat.start(api, ApiClient.object().put("name", "Mallory").put("email", "bea@example.com"));

        for (CustomerChat attack : new CustomerChat[] {noHash, wrongHash, sameEmail}) {
            JsonNode view = agentView(attack);
            assertEquals(0, view.at("/otherConversations").size(), view.toString());
            assertTrue(view.at("/customer/externalId").isNull(), view.toString());
            assertFalse(view.at("/customer/verified").asBoolean(), view.toString());
            assertEquals("Mallory", view.at("/customer/name").asText(), view.toString());
        }
        JsonNode victim = agentView(victims);
        assertEquals("Bea", victim.at("/customer/name").asText(), victim.toString());
        assertEquals("bea@example.com", victim.at("/customer/email").asText(), victim.toString());
        assertEquals(0, victim.at("/otherConversations").size(), victim.toString());
    }

    private static ObjectNode verified(String id, String name, String email) {
        ObjectNode customer = ApiClient.object().put("externalId", id).put("identityHash", CustomerIdentity.hash(SECRET, id)).put("name", name);
        return email == null ? customer : customer.put("email", email);
    }

    /** What an agent sees of the conversation once the customer asked for a person. */
    private static JsonNode agentView(CustomerChat chat) throws Exception {
        chat.askForAPerson();
        ApiClient.Response view = api.get("/api/v1/agent/conversations/" + chat.id(), admin);
        assertEquals(200, view.status(), view.text());
        return view.json();
    }
}
