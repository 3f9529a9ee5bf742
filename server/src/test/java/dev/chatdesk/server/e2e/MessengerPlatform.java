package dev.chatdesk.server.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.server.testing.FakePlatform;
import java.util.Map;

/**
 * Messenger as the tests play it: page events shaped as Meta's Messenger Platform webhook reference
 * shows them, and the fake Send API's {@code /me/messages} calls.
 */
final class MessengerPlatform extends MetaPlatform {
    static final String PAGE_ID = "107251318347291";
    static final String PAGE_ACCESS_TOKEN = "messenger-page-token";
    private static final String APP_SECRET = "messenger-app-secret";

    MessengerPlatform() {
        super(APP_SECRET, "{\"recipient_id\":\"6045125285519001\",\"message_id\":\"m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P\"}");
    }

    @Override
    public Map<String, String> environment() {
        return Map.of(
                "CHATDESK_CONNECTORS_MESSENGER_APP_SECRET", APP_SECRET,
                "CHATDESK_CONNECTORS_MESSENGER_VERIFY_TOKEN", VERIFY_TOKEN,
                "CHATDESK_CONNECTORS_MESSENGER_PAGE_ACCESS_TOKEN", PAGE_ACCESS_TOKEN,
                "CHATDESK_CONNECTORS_MESSENGER_API_BASE", api().baseUrl() + "/v21.0");
    }

    @Override
    public String webhookPath() {
        return "/webhooks/messenger";
    }

    @Override
    public String newUser() {
        return "6045" + PlatformUnderTest.newId();
    }

    @Override
    public Delivery text(String user, String text) {
        return json(event(user, "message", object().put("mid", newMid()).put("text", text)));
    }

    /** A tapped quick reply with this payload. */
    Delivery quickReply(String user, String payload) {
        ObjectNode message = object().put("mid", newMid()).put("text", "Talk to a person");
        message.putObject("quick_reply").put("payload", payload);
        return json(event(user, "message", message));
    }

    /** A pressed postback button with this payload. */
    Delivery postback(String user, String payload) {
        return json(event(user, "postback", object().put("mid", newMid()).put("title", "Talk to a person").put("payload", payload)));
    }

    /** The echo of a message the page sent to the user. */
    Delivery echo(String user) {
        ObjectNode message = object().put("is_echo", true).put("app_id", 1517776481860111L).put("mid", newMid()).put("text", "Hi!");
        ObjectNode messaging = object().put("timestamp", System.currentTimeMillis());
        messaging.putObject("sender").put("id", PAGE_ID);
        messaging.putObject("recipient").put("id", user);
        messaging.set("message", message);
        return json(entry(messaging));
    }

    /** An image. */
    @Override
    Delivery image(String user) {
        ObjectNode message = object().put("mid", newMid());
        message.putArray("attachments").addObject().put("type", "image").putObject("payload").put("url", "https://scontent.example/image.jpg");
        return json(event(user, "message", message));
    }

    @Override
    public boolean isMessageTo(FakePlatform.ApiCall call, String user) {
        return call.path().equals("/v21.0/me/messages")
                && PAGE_ACCESS_TOKEN.equals(call.queryParameter("access_token"))
                && call.json().at("/recipient/id").asText().equals(user);
    }

    @Override
    public String text(FakePlatform.ApiCall call) {
        return call.json().at("/message/text").asText();
    }

    private static String newMid() {
        return "m_test-" + PlatformUnderTest.newId();
    }

    private static ObjectNode event(String user, String kind, ObjectNode content) {
        ObjectNode messaging = object().put("timestamp", System.currentTimeMillis());
        messaging.putObject("sender").put("id", user);
        messaging.putObject("recipient").put("id", PAGE_ID);
        messaging.set(kind, content);
        return entry(messaging);
    }

    private static ObjectNode entry(ObjectNode messaging) {
        ObjectNode event = object().put("object", "page");
        event.putArray("entry").addObject().put("id", PAGE_ID).put("time", System.currentTimeMillis()).putArray("messaging").add(messaging);
        return event;
    }
}
