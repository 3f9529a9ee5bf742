package dev.chatdesk.server.config;

import static dev.chatdesk.server.config.ConfigFiles.environmentFailure;
import static dev.chatdesk.server.config.ConfigFiles.loadEnvironment;
import static dev.chatdesk.server.config.ConfigFiles.yamlFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Printing the configuration or reporting a mistake in it never shows a secret. */
class SecretMaskingTest {
    @TempDir
    Path dir;

    @Test
    void printedConfigurationMasksEverySecret() {
        Map<String, String> environment = new HashMap<>();
        for (ConfigKey key : ConfigSchema.CHATDESK.keys()) {
            if (key.secret()) {
                environment.put(key.environmentVariable(), "hunter2-" + key.path());
            }
        }
        environment.put("CHATDESK_CONNECTORS_WHATSAPP_PHONE_NUMBER_ID", "1234");
        environment.put("CHATDESK_CONNECTORS_TWILIO_ACCOUNT_SID", "AC1");
        environment.put("CHATDESK_CONNECTORS_TWILIO_FROM_NUMBER", "+15550100");
        environment.put("CHATDESK_CONNECTORS_TWILIO_PUBLIC_URL", "https://chat.example.com/webhooks/twilio");
        environment.put("CHATDESK_CONNECTORS_GENERIC_CALLBACK_URL", "https://example.com/in");
        String printed = loadEnvironment(environment).toString();
        assertFalse(printed.contains("hunter2"), printed);
        assertTrue(printed.contains("adminPassword=****"), printed);
        assertTrue(printed.contains("signingSecret=****"), printed);
    }

    @Test
    void secretPrintsAsStars() {
        assertEquals("****", new Secret("hunter2").toString());
    }

    @Test
    void partlyConfiguredConnectorErrorDoesNotQuoteTheSecretThatIsSet() {
        String message = environmentFailure(Map.of("CHATDESK_CONNECTORS_SLACK_BOT_TOKEN", "xoxb-hunter2"));
        assertFalse(message.contains("hunter2"), message);
    }

    @Test
    void secretGivenAsAListIsRefusedWithoutQuotingIt() {
        String message = yamlFailure(dir, "auth:", "  adminPassword: [hunter2]");
        assertEquals("configuration key 'auth.adminPassword' must be a single value", message);
    }

    @Test
    void malformedFileErrorDoesNotQuoteTheFile() {
        String message = yamlFailure(dir, "auth:", "  adminPassword: hunter2: more", "  x: [");
        assertTrue(message.contains("is not valid YAML"), message);
        assertFalse(message.contains("hunter2"), message);
    }
}
