package dev.chatdesk.connectors.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.connectors.platform.InboundKind;
import dev.chatdesk.connectors.platform.InboundMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page events shaped as Meta's Messenger Platform webhook reference (messages, messaging_postbacks) shows them. */
class MessengerPayloadTest {
    private static final String PSID = "6045125285519001";
    private static final String PAGE = "107251318347291";

    private static JsonObject event(String kind, JsonObject content) {
        return event(new JsonObject()
                .put("sender", new JsonObject().put("id", PSID))
                .put("recipient", new JsonObject().put("id", PAGE))
                .put("timestamp", 1458692752478L)
                .put(kind, content));
    }

    private static JsonObject event(JsonObject messaging) {
        return new JsonObject().put("object", "page").put("entry", new JsonArray().add(new JsonObject()
                .put("id", PAGE).put("time", 1458692752478L).put("messaging", new JsonArray().add(messaging))));
    }

    private static InboundMessage only(JsonObject event) {
        List<InboundMessage> messages = MessengerPayload.read(event).messages();
        assertEquals(1, messages.size(), messages.toString());
        return messages.get(0);
    }

    @Test
    void aTextIsTheCustomersWordsAddressedToTheirPsid() {
        InboundMessage message = only(event("message", new JsonObject().put("mid", "m_1457764197618:41d102a3e1ae206a38").put("text", "hello, world!")));

        assertEquals(InboundKind.TEXT, message.kind());
        assertEquals("hello, world!", message.text());
        assertEquals(PSID, message.address());
        assertEquals("m_1457764197618:41d102a3e1ae206a38", message.deliveryId());
    }

    @Test
    void aTappedQuickReplyIsItsPayload() {
        InboundMessage message = only(event("message", new JsonObject().put("mid", "m_quick").put("text", "Where is my order?")
                .put("quick_reply", new JsonObject().put("payload", "/order_status"))));

        assertEquals(InboundKind.BUTTON, message.kind());
        assertEquals("/order_status", message.text());
    }

    @Test
    void aPostbackIsItsPayloadIdentifiedByItsMid() {
        InboundMessage message = only(event("postback", new JsonObject().put("mid", "m_postback").put("title", "Get Started")
                .put("payload", "/greet")));

        assertEquals(InboundKind.BUTTON, message.kind());
        assertEquals("/greet", message.text());
        assertEquals("m_postback", message.deliveryId());
    }

    @Test
    void aPostbackWithoutMidIsIdentifiedByItsSenderAndTimestamp() {
        JsonObject postback = new JsonObject().put("title", "Get Started").put("payload", "/greet");
        String first = only(event("postback", postback)).deliveryId();
        JsonObject later = event(new JsonObject().put("sender", new JsonObject().put("id", PSID)).put("timestamp", 1458692752999L)
                .put("postback", postback));

        assertEquals(first, only(event("postback", postback)).deliveryId());
        assertNotEquals(first, only(later).deliveryId());
        assertTrue(first.contains(PSID), first);
    }

    @Test
    void anImageWithoutTextIsUnsupported() {
        JsonObject image = new JsonObject().put("type", "image").put("payload", new JsonObject().put("url", "https://scontent.example/image.jpg"));

        assertEquals(InboundKind.UNSUPPORTED, only(event("message", new JsonObject().put("mid", "m_image")
                .put("attachments", new JsonArray().add(image)))).kind());
    }

    @Test
    void echoesOfThePagesOwnMessagesAreIgnored() {
        JsonObject echo = new JsonObject().put("mid", "m_echo").put("is_echo", true).put("app_id", 1517776481860111L).put("text", "Hi!");

        assertTrue(MessengerPayload.read(event("message", echo)).messages().isEmpty());
    }

    @Test
    void deliveryAndReadReceiptsAreIgnored() {
        assertTrue(MessengerPayload.read(event("read", new JsonObject().put("watermark", 1458668856253L))).messages().isEmpty());
    }

    @Test
    void eventsOfAnotherObjectAreIgnored() {
        JsonObject instagram = event("message", new JsonObject().put("mid", "m_ig").put("text", "hi")).put("object", "instagram");

        assertTrue(MessengerPayload.read(instagram).messages().isEmpty());
    }
}
