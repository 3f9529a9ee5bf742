package dev.chatdesk.server.config;

import static dev.chatdesk.server.config.ConfigFiles.environmentFailure;
import static dev.chatdesk.server.config.ConfigFiles.yamlFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value out of bounds stops the start with one sentence naming the key and where it was set. */
class ConfigValidationTest {
    @TempDir
    Path dir;

    @Test
    void portOutOfRangeFromTheEnvironmentNamesTheVariable() {
        assertEquals("environment variable CHATDESK_SERVER_PORT (configuration key 'server.port') "
                        + "must be between 0 and 65535, was '70000'",
                environmentFailure(Map.of("CHATDESK_SERVER_PORT", "70000")));
    }

    @Test
    void portOutOfRangeFromTheCommandLineNamesTheOption() {
        ConfigException failure = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, Map.of(), new CommandLineOverrides(-1, null, null)));
        assertEquals("option --port (configuration key 'server.port') must be between 0 and 65535, was '-1'",
                failure.getMessage());
    }

    @Test
    void fractionalPortFails() {
        assertEquals("configuration key 'server.port' must be a whole number, was '80.5'",
                yamlFailure(dir, "server:", "  port: 80.5"));
    }

    @Test
    void negativeLimitFails() {
        assertEquals("configuration key 'limits.messageChars' must be at least 1, was '-5'",
                yamlFailure(dir, "limits:", "  messageChars: -5"));
    }

    @Test
    void limitBeyondWhatFitsFails() {
        assertEquals("configuration key 'server.bodyLimitBytes' must be at most 2147483647, was '99999999999'",
                yamlFailure(dir, "server:", "  bodyLimitBytes: 99999999999"));
    }

    @Test
    void thresholdOutsideZeroToOneFails() {
        assertEquals("configuration key 'dialogue.anger' must be between 0 and 1, was '1.5'",
                yamlFailure(dir, "dialogue:", "  anger: 1.5"));
    }

    @Test
    void apiBaseWithoutSchemeFails() {
        assertEquals("configuration key 'connectors.slack.apiBase' must be an http or https URL, was 'slack.com/api'",
                yamlFailure(dir, "connectors:", "  slack:", "    apiBase: slack.com/api"));
    }

    @Test
    void callbackUrlOfAnotherProtocolFails() {
        assertEquals("environment variable CHATDESK_CONNECTORS_GENERIC_CALLBACK_URL "
                        + "(configuration key 'connectors.generic.callbackUrl') must be an http or https URL, "
                        + "was 'ftp://example.com/in'",
                environmentFailure(Map.of("CHATDESK_CONNECTORS_GENERIC_CALLBACK_URL", "ftp://example.com/in")));
    }

    @Test
    void durationNotInIsoFormFails() {
        assertEquals("configuration key 'auth.agentTokenTtl' must be an ISO-8601 duration such as PT12H or PT30M, "
                        + "was '12h'",
                yamlFailure(dir, "auth:", "  agentTokenTtl: 12h"));
    }

    @Test
    void zeroDurationFails() {
        assertEquals("configuration key 'auth.agentTokenTtl' must be a duration longer than zero, was 'PT0S'",
                yamlFailure(dir, "auth:", "  agentTokenTtl: PT0S"));
    }

    @Test
    void anUnknownStoreTypeFailsNamingTheKnownOnes() {
        assertEquals("configuration key 'store.type' must be one of sqlite, postgres, was 'mysql'",
                yamlFailure(dir, "store:", "  type: mysql"));
    }

    @Test
    void aClusterNeedsASharedStoreAndThisNodesAddress() {
        assertEquals("cluster.enabled needs a store the nodes share: set store.type postgres",
                yamlFailure(dir, "cluster:", "  enabled: true"));
        assertEquals("cluster.enabled needs cluster.host: this node's address as the other members reach it",
                yamlFailure(dir, "store: {type: postgres, url: 'postgresql://db:5432/chatdesk'}", "cluster:", "  enabled: true"));
    }

    @Test
    void postgresWithoutAServerUrlFails() {
        assertEquals("store.type postgres needs store.url (postgresql://HOST:PORT/DB)",
                yamlFailure(dir, "store:", "  type: postgres"));
        assertEquals("store.url must be postgresql://HOST:PORT/DB, was mysql://db:3306/chatdesk",
                yamlFailure(dir, "store:", "  type: postgres", "  url: mysql://db:3306/chatdesk"));
    }

    @Test
    void botDirectoryThatDoesNotExistFails() {
        Path missing = dir.resolve("no-such-bot");
        assertEquals("environment variable CHATDESK_BOT (configuration key 'bot') must be an existing directory, "
                        + "was '" + missing + "'",
                environmentFailure(Map.of("CHATDESK_BOT", missing.toString())));
    }

    @Test
    void switchMustBeTrueOrFalse() {
        assertEquals("environment variable CHATDESK_DEMO_ORDER_SERVICE_ENABLED "
                        + "(configuration key 'demo.orderService.enabled') must be true or false, was 'yes'",
                environmentFailure(Map.of("CHATDESK_DEMO_ORDER_SERVICE_ENABLED", "yes")));
    }
}
