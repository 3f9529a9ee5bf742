package dev.chatdesk.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Assertions on API answers. */
public final class ApiAssertions {
    private ApiAssertions() {}

    /** The answer is an error in the API's JSON format, with this status and code, and no stack trace. */
    public static void assertError(int status, String code, ApiClient.Response response) {
        assertEquals(status, response.status(), response.text());
        assertEquals(code, response.at("/error/code").asText(), response.text());
        assertFalse(response.at("/error/message").asText().isBlank(), response.text());
        assertFalse(response.text().contains("Exception"), response.text());
    }
}
