package dev.chatdesk.connectors.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.platform.InboundKind;
import dev.chatdesk.connectors.platform.InboundMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notifications shaped as Meta's "messages webhook reference" for the WhatsApp Business Platform shows them. */
class WhatsAppPayloadTest {
    private static final String FROM = "16505551234";

    /** A notification with one message from {@link #FROM}, with its contact's profile name. */
    private static JsonObject notification(JsonObject message) {
        JsonObject value = new JsonObject()
                .put("messaging_product", "whatsapp")
                .put("metadata", new JsonObject().put("display_phone_number", "15550783881").put("phone_number_id", "106540352242922"))
                .put("contacts", new JsonArray().add(new JsonObject().put("profile", new JsonObject().put("name", "Sheena Nelson")).put("wa_id", FROM)))
                .put("messages", new JsonArray().add(message.put("from", FROM).put("timestamp", "1749416383")));
        return envelope(value);
    }

    private static JsonObject envelope(JsonObject value) {
        return new JsonObject().put("object", "whatsapp_business_account").put("entry", new JsonArray().add(new JsonObject()
                .put("id", "102290129340398")
                .put("changes", new JsonArray().add(new JsonObject().put("value", value).put("field", "messages")))));
    }

    private static JsonObject message(String id, String type) {
        return new JsonObject().put("id", id).put("type", type);
    }

    private static InboundMessage only(JsonObject notification) {
        List<InboundMessage> messages = WhatsAppPayload.read(notification).messages();
        assertEquals(1, messages.size(), messages.toString());
        return messages.get(0);
    }

    @Test
    void aTextIsTheCustomersWordsFromTheirNumberWithTheirProfileName() {
        InboundMessage message = only(notification(message("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", "text")
                .put("text", new JsonObject().put("body", "Does it come in another color?"))));

        assertEquals(InboundKind.TEXT, message.kind());
        assertEquals("Does it come in another color?", message.text());
        assertEquals(FROM, message.address());
        assertEquals("Sheena Nelson", message.customer().name());
        assertEquals("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", message.deliveryId());
    }

    @Test
    void aPressedReplyButtonIsItsId() {
        InboundMessage message = only(notification(message("wamid.button", "interactive").put("interactive", new JsonObject()
                .put("type", "button_reply")
                .put("button_reply", new JsonObject().put("id", "/order_status").put("title", "Where is my order?")))));

        assertEquals(InboundKind.BUTTON, message.kind());
        assertEquals("/order_status", message.text());
    }

    @Test
    void aChosenListRowIsItsId() {
        InboundMessage message = only(notification(message("wamid.list", "interactive").put("interactive", new JsonObject()
                .put("type", "list_reply")
                .put("list_reply", new JsonObject().put("id", "/refund_status").put("title", "Refund status")))));

        assertEquals(InboundKind.BUTTON, message.kind());
        assertEquals("/refund_status", message.text());
    }

    @Test
    void aTemplateQuickReplyButtonIsItsPayload() {
        InboundMessage message = only(notification(message("wamid.template", "button")
                .put("button", new JsonObject().put("payload", "/human_handoff").put("text", "Talk to a person"))));

        assertEquals(InboundKind.BUTTON, message.kind());
        assertEquals("/human_handoff", message.text());
    }

    @Test
    void imagesStickersAndAudioAreUnsupported() {
        for (String type : List.of("image", "sticker", "audio")) {
            JsonObject media = new JsonObject().put("mime_type", "image/jpeg").put("sha256", "abc").put("id", "1003383421387256");
            assertEquals(InboundKind.UNSUPPORTED, only(notification(message("wamid." + type, type).put(type, media))).kind(), type);
        }
    }

    @Test
    void reactionsAreIgnored() {
        JsonObject reaction = message("wamid.reaction", "reaction")
                .put("reaction", new JsonObject().put("message_id", "wamid.earlier").put("emoji", "\uD83D\uDC4D"));

        assertTrue(WhatsAppPayload.read(notification(reaction)).messages().isEmpty());
    }

    @Test
    void statusUpdatesOfOurMessagesAreIgnored() {
        JsonObject value = new JsonObject()
                .put("messaging_product", "whatsapp")
                .put("metadata", new JsonObject().put("display_phone_number", "15550783881").put("phone_number_id", "106540352242922"))
                .put("statuses", new JsonArray().add(new JsonObject()
                        .put("id", "wamid.sent").put("status", "delivered").put("timestamp", "1750263773").put("recipient_id", FROM)));

        assertTrue(WhatsAppPayload.read(envelope(value)).messages().isEmpty());
    }

    @Test
    void aMessageWithoutItsIdIsA400NamingTheField() {
        JsonObject notification = notification(new JsonObject().put("type", "text").put("text", new JsonObject().put("body", "hi")));

        ApiError error = assertThrows(ApiError.class, () -> WhatsAppPayload.read(notification));
        assertEquals(400, error.status());
        assertTrue(error.getMessage().contains("messages[].id"), error.getMessage());
    }
}
