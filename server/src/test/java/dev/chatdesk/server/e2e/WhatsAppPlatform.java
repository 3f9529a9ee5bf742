package dev.chatdesk.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.server.testing.FakePlatform;
import java.util.Map;

/**
 * WhatsApp's Cloud API as the tests play it: notifications shaped as Meta's "messages webhook
 * reference" shows them, and the fake Graph API's {@code /messages} calls.
 */
final class WhatsAppPlatform extends MetaPlatform {
    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String ACCESS_TOKEN = "whatsapp-access-token";
    private static final String APP_SECRET = "whatsapp-app-secret";

    WhatsAppPlatform() {
        super(APP_SECRET, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"16505551234\",\"wa_id\":\"16505551234\"}],"
                + "\"messages\":[{\"id\":\"wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA\"}]}");
    }

    @Override
    public Map<String, String> environment() {
        return Map.of(
                "CHATDESK_CONNECTORS_WHATSAPP_APP_SECRET", APP_SECRET,
                "CHATDESK_CONNECTORS_WHATSAPP_VERIFY_TOKEN", VERIFY_TOKEN,
                "CHATDESK_CONNECTORS_WHATSAPP_ACCESS_TOKEN", ACCESS_TOKEN,
                "CHATDESK_CONNECTORS_WHATSAPP_PHONE_NUMBER_ID", PHONE_NUMBER_ID,
                "CHATDESK_CONNECTORS_WHATSAPP_API_BASE", api().baseUrl() + "/v21.0");
    }

    @Override
    public String webhookPath() {
        return "/webhooks/whatsapp";
    }

    @Override
    public String newUser() {
        return "1650" + PlatformUnderTest.newId();
    }

    @Override
    public Delivery text(String user, String text) {
        return json(notification(user, message(user, "text").set("text", object().put("body", text))));
    }

    /** A press of a reply button with this id (a quick reply's payload). */
    Delivery buttonReply(String user, String id) {
        ObjectNode interactive = object().put("type", "button_reply");
        interactive.set("button_reply", object().put("id", id).put("title", "Talk to a person"));
        return json(notification(user, message(user, "interactive").set("interactive", interactive)));
    }

    /** An image. */
    @Override
    Delivery image(String user) {
        return json(notification(user, message(user, "image").set("image", object()
                .put("caption", "").put("mime_type", "image/jpeg").put("sha256", "IDhzdg2mPiHs1pU2tq8vOvd1QWvk7rt1QqoSU0MjWfk=")
                .put("id", "1003383421387256"))));
    }

    /** A status update of a message sent to the user. */
    Delivery deliveredStatus(String user) {
        ObjectNode status = object().put("id", "wamid.status-" + PlatformUnderTest.newId()).put("status", "delivered")
                .put("timestamp", "1750263773").put("recipient_id", user);
        ObjectNode value = value();
        value.putArray("statuses").add(status);
        return json(envelope(value));
    }

    @Override
    public boolean isMessageTo(FakePlatform.ApiCall call, String user) {
        return call.path().equals("/v21.0/" + PHONE_NUMBER_ID + "/messages")
                && ("Bearer " + ACCESS_TOKEN).equals(call.headers().get("authorization"))
                && call.json().at("/to").asText().equals(user);
    }

    @Override
    public String text(FakePlatform.ApiCall call) {
        JsonNode body = call.json();
        return body.at("/type").asText().equals("interactive") ? body.at("/interactive/body/text").asText() : body.at("/text/body").asText();
    }

    private static ObjectNode message(String user, String type) {
        return object().put("from", user).put("id", "wamid.test-" + PlatformUnderTest.newId()).put("timestamp", "1749416383").put("type", type);
    }

    private static ObjectNode notification(String user, ObjectNode message) {
        ObjectNode value = value();
        ObjectNode contact = value.putArray("contacts").addObject();
        contact.putObject("profile").put("name", "Sheena Nelson");
        contact.put("wa_id", user);
        value.putArray("messages").add(message);
        return envelope(value);
    }

    private static ObjectNode value() {
        ObjectNode value = object().put("messaging_product", "whatsapp");
        value.putObject("metadata").put("display_phone_number", "15550783881").put("phone_number_id", PHONE_NUMBER_ID);
        return value;
    }

    private static ObjectNode envelope(ObjectNode value) {
        ObjectNode notification = object().put("object", "whatsapp_business_account");
        ArrayNode entries = notification.putArray("entry");
        ObjectNode entry = entries.addObject().put("id", "102290129340398");
        entry.putArray("changes").addObject().put("field", "messages").set("value", value);
        return notification;
    }
}
