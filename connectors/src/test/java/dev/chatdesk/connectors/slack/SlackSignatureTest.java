package dev.chatdesk.connectors.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Against the example of Slack's "Verifying requests from Slack". */
class SlackSignatureTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TIMESTAMP = "1531420618";
    private static final byte[] BODY = ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
            + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
            + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c").getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static final Instant SENT = Instant.ofEpochSecond(1531420618);

    @Test
    void signsAsTheDocumentedExample() {
        assertEquals(SIGNATURE, SlackSignature.sign(SECRET, TIMESTAMP, BODY));
    }

    @Test
    void acceptsTheDocumentedRequestWithinFiveMinutes() {
        assertTrue(SlackSignature.verify(SECRET, TIMESTAMP, SIGNATURE, BODY, SENT.plusSeconds(300)));
        assertTrue(SlackSignature.verify(SECRET, TIMESTAMP, SIGNATURE, BODY, SENT.minusSeconds(300)));
    }

    @Test
    void refusesItLaterThanFiveMinutesSoItCannotBeReplayed() {
        assertFalse(SlackSignature.verify(SECRET, TIMESTAMP, SIGNATURE, BODY, SENT.plusSeconds(301)));
    }

    @Test
    void refusesAChangedBodyOrTimestampAndMissingHeaders() {
        byte[] changed = new String(BODY, StandardCharsets.UTF_8).replace("roadrunner", "coyote").getBytes(StandardCharsets.UTF_8);
        assertFalse(SlackSignature.verify(SECRET, TIMESTAMP, SIGNATURE, changed, SENT));
        assertFalse(SlackSignature.verify(SECRET, "1531420619", SIGNATURE, BODY, SENT));
        assertFalse(SlackSignature.verify(SECRET, null, SIGNATURE, BODY, SENT));
        assertFalse(SlackSignature.verify(SECRET, TIMESTAMP, null, BODY, SENT));
        assertFalse(SlackSignature.verify(SECRET, "soon", SIGNATURE, BODY, SENT));
    }
}
