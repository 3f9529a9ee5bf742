package dev.chatdesk.connectors.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.platform.InboundKind;
import dev.chatdesk.connectors.platform.InboundMessage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Incoming-message webhooks shaped as Twilio's Messaging docs list their parameters. */
class TwilioPayloadTest {
    private static Map<String, String> incoming(String body, int media) {
        Map<String, String> fields = new HashMap<>(Map.of(
                "ToCountry", "US", "SmsMessageSid", "SM5b0d5d3c1c6b4e8a9f0e1d2c3b4a5f6e", "NumMedia", Integer.toString(media),
                "SmsSid", "SM5b0d5d3c1c6b4e8a9f0e1d2c3b4a5f6e", "SmsStatus", "received", "Body", body,
                "To", "+15005550006", "MessageSid", "SM5b0d5d3c1c6b4e8a9f0e1d2c3b4a5f6e", "AccountSid", "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                "From", "+14155552671"));
        fields.put("ApiVersion", "2010-04-01");
        return fields;
    }

    @Test
    void aBodyIsTheSendersTextAddressedToTheirNumber() {
        InboundMessage message = TwilioPayload.read(incoming("Where is my order?", 0)).messages().get(0);

        assertEquals(InboundKind.TEXT, message.kind());
        assertEquals("Where is my order?", message.text());
        assertEquals("+14155552671", message.address());
        assertEquals("SM5b0d5d3c1c6b4e8a9f0e1d2c3b4a5f6e", message.deliveryId());
    }

    @Test
    void mediaWithoutTextIsUnsupported() {
        Map<String, String> fields = incoming("", 1);
        fields.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC.../Messages/MM.../Media/ME...");
        fields.put("MediaContentType0", "image/jpeg");

        assertEquals(InboundKind.UNSUPPORTED, TwilioPayload.read(fields).messages().get(0).kind());
    }

    @Test
    void aDeliveryWithoutBodyOrMediaIsIgnored() {
        assertTrue(TwilioPayload.read(incoming("", 0)).messages().isEmpty());
    }

    @Test
    void aMissingMessageSidIsA400NamingIt() {
        Map<String, String> fields = incoming("hi", 0);
        fields.remove("MessageSid");

        ApiError error = assertThrows(ApiError.class, () -> TwilioPayload.read(fields));
        assertEquals(400, error.status());
        assertTrue(error.getMessage().contains("MessageSid"), error.getMessage());
    }

    @Test
    void aNumMediaThatIsNotANumberIsA400() {
        Map<String, String> fields = incoming("", 0);
        fields.put("NumMedia", "many");

        assertEquals(400, assertThrows(ApiError.class, () -> TwilioPayload.read(fields)).status());
    }
}
