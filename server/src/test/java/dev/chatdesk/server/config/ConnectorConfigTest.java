package dev.chatdesk.server.config;

import static dev.chatdesk.server.config.ConfigFiles.environmentFailure;
import static dev.chatdesk.server.config.ConfigFiles.loadEnvironment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A connector is mounted only when all its credentials are set; some but not all stops the start. */
class ConnectorConfigTest {
    /** Each connector with the variables of the credentials it cannot work without. */
    static Stream<Arguments> connectors() {
        return Stream.of(
                connector("slack", ConnectorsConfig::slack,
                        "CHATDESK_CONNECTORS_SLACK_SIGNING_SECRET", "CHATDESK_CONNECTORS_SLACK_BOT_TOKEN"),
                connector("telegram", ConnectorsConfig::telegram,
                        "CHATDESK_CONNECTORS_TELEGRAM_BOT_TOKEN", "CHATDESK_CONNECTORS_TELEGRAM_SECRET_TOKEN"),
                connector("whatsapp", ConnectorsConfig::whatsapp,
                        "CHATDESK_CONNECTORS_WHATSAPP_APP_SECRET", "CHATDESK_CONNECTORS_WHATSAPP_VERIFY_TOKEN",
                        "CHATDESK_CONNECTORS_WHATSAPP_ACCESS_TOKEN", "CHATDESK_CONNECTORS_WHATSAPP_PHONE_NUMBER_ID"),
                connector("messenger", ConnectorsConfig::messenger,
                        "CHATDESK_CONNECTORS_MESSENGER_APP_SECRET", "CHATDESK_CONNECTORS_MESSENGER_VERIFY_TOKEN",
                        "CHATDESK_CONNECTORS_MESSENGER_PAGE_ACCESS_TOKEN"),
                connector("twilio", ConnectorsConfig::twilio,
                        "CHATDESK_CONNECTORS_TWILIO_ACCOUNT_SID", "CHATDESK_CONNECTORS_TWILIO_AUTH_TOKEN",
                        "CHATDESK_CONNECTORS_TWILIO_FROM_NUMBER", "CHATDESK_CONNECTORS_TWILIO_PUBLIC_URL"),
                connector("generic", ConnectorsConfig::generic,
                        "CHATDESK_CONNECTORS_GENERIC_SECRET", "CHATDESK_CONNECTORS_GENERIC_CALLBACK_URL"));
    }

    private static Arguments connector(
            String name, Function<ConnectorsConfig, ConnectorConfig> select, String... credentialVariables) {
        return Arguments.of(name, select, List.of(credentialVariables));
    }

    /** A plausible value for each credential variable: URLs where a URL belongs. */
    private static Map<String, String> values(List<String> variables) {
        Map<String, String> environment = new HashMap<>();
        for (String variable : variables) {
            environment.put(variable, variable.endsWith("_URL") ? "https://chat.example.com/hook" : "value-of-" + variable);
        }
        return environment;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectors")
    void connectorIsEnabledWhenAllItsCredentialsAreSet(
            String name, Function<ConnectorsConfig, ConnectorConfig> select, List<String> credentials) {
        assertTrue(select.apply(loadEnvironment(values(credentials)).connectors()).enabled());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectors")
    void enablingOneConnectorLeavesTheOthersOff(
            String name, Function<ConnectorsConfig, ConnectorConfig> select, List<String> credentials) {
        ConnectorsConfig connectors = loadEnvironment(values(credentials)).connectors();
        long enabled = Stream.of(connectors.slack(), connectors.telegram(), connectors.whatsapp(),
                        connectors.messenger(), connectors.twilio(), connectors.generic())
                .filter(ConnectorConfig::enabled)
                .count();
        assertEquals(1, enabled);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectors")
    void connectorMissingAnyOneCredentialFailsNamingItsKeyAndVariable(
            String name, Function<ConnectorsConfig, ConnectorConfig> select, List<String> credentials) {
        for (String left : credentials) {
            Map<String, String> environment = values(credentials);
            environment.remove(left);
            String message = environmentFailure(environment);
            assertTrue(message.startsWith("connector '" + name + "' is only partly configured: configuration key 'connectors."
                    + name + "."), message);
            assertTrue(message.contains("(" + left + ") must be set too"), message);
        }
    }

    @Test
    void apiBaseAloneDoesNotEnableAConnector() {
        ChatdeskConfig config = loadEnvironment(Map.of("CHATDESK_CONNECTORS_SLACK_API_BASE", "http://127.0.0.1:9999/api"));
        assertFalse(config.connectors().slack().enabled());
        assertEquals("http://127.0.0.1:9999/api", config.connectors().slack().apiBase().toString());
    }
}
