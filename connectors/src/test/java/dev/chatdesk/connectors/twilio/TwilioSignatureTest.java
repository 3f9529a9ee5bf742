package dev.chatdesk.connectors.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Twilio's documented signature example (twilio.com/docs/usage/security, also in
 * TwilioDevEd/api-snippets security/signature_validation): auth token 12345, this URL and these
 * parameters sign to the header value given there.
 */
class TwilioSignatureTest {
    private static final String AUTH_TOKEN = "12345";
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final String SIGNATURE = "GvWf1cFY/Q7PnoempGyD5oXAezc=";
    /** The documented parameters, in a different order from their names' order, as a form may carry them. */
    private static final List<Map.Entry<String, String>> PARAMETERS = List.of(
            Map.entry("To", "+18005551212"),
            Map.entry("From", "+14158675310"),
            Map.entry("Digits", "1234"),
            Map.entry("Caller", "+14158675310"),
            Map.entry("CallSid", "CA1234567890ABCDE"));

    @Test
    void signsAsTwilioDocuments() {
        assertEquals(SIGNATURE, TwilioSignature.sign(AUTH_TOKEN, URL, PARAMETERS));
    }

    @Test
    void signsTheOlderDocumentedExampleToo() {
        List<Map.Entry<String, String>> parameters = List.of(Map.entry("CallSid", "CA1234567890ABCDE"), Map.entry("Caller", "+14158675309"),
                Map.entry("Digits", "1234"), Map.entry("From", "+14158675309"), Map.entry("To", "+18005551212"));
        assertEquals("RSOYDt4T1cUTdK1PDd93/VVr8B8=", TwilioSignature.sign(AUTH_TOKEN, URL, parameters));
    }

    @Test
    void acceptsTheDocumentedSignature() {
        assertTrue(TwilioSignature.verify(AUTH_TOKEN, URL, PARAMETERS, SIGNATURE));
    }

    @Test
    void refusesAChangedParameterAnotherUrlAnotherTokenAndNoHeader() {
        List<Map.Entry<String, String>> changed = List.of(Map.entry("To", "+18005551212"), Map.entry("From", "+14158675310"),
                Map.entry("Digits", "1235"), Map.entry("Caller", "+14158675310"), Map.entry("CallSid", "CA1234567890ABCDE"));
        assertFalse(TwilioSignature.verify(AUTH_TOKEN, URL, changed, SIGNATURE));
        assertFalse(TwilioSignature.verify(AUTH_TOKEN, "https://mycompany.com/myapp.php?foo=1&bar=3", PARAMETERS, SIGNATURE));
        assertFalse(TwilioSignature.verify("54321", URL, PARAMETERS, SIGNATURE));
        assertFalse(TwilioSignature.verify(AUTH_TOKEN, URL, PARAMETERS, null));
    }
}
