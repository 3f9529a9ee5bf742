package dev.chatdesk.connectors.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256BodySignatureTest {
    /** GitHub's documented X-Hub-Signature-256 example: the same sha256=<hex HMAC-SHA256> format Meta and we use. */
    private static final String SECRET = "It's a Secret to Everybody";
    private static final byte[] BODY = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    @Test
    void signsAsTheDocumentedExample() {
        assertEquals(SIGNATURE, Sha256BodySignature.sign(SECRET, BODY));
    }

    @Test
    void acceptsTheDocumentedSignatureInEitherHexCase() {
        assertTrue(Sha256BodySignature.verify(SECRET, BODY, SIGNATURE));
        assertTrue(Sha256BodySignature.verify(SECRET, BODY, SIGNATURE.toUpperCase()));
    }

    @Test
    void refusesAnotherBodyAnotherSecretAMissingPrefixAndNoHeader() {
        assertFalse(Sha256BodySignature.verify(SECRET, "Hello, World?".getBytes(StandardCharsets.UTF_8), SIGNATURE));
        assertFalse(Sha256BodySignature.verify("another secret", BODY, SIGNATURE));
        assertFalse(Sha256BodySignature.verify(SECRET, BODY, SIGNATURE.substring("sha256=".length())));
        assertFalse(Sha256BodySignature.verify(SECRET, BODY, null));
    }
}
