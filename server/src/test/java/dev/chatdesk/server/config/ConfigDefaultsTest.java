package dev.chatdesk.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With nothing configured the server runs the demo safely: the contract's defaults. */
class ConfigDefaultsTest {
    private final ChatdeskConfig config = ChatdeskConfig.defaults();

    @Test
    void serverListensOnPort8080OnAllInterfacesWithA64KiBBodyLimit() {
        assertEquals(8080, config.server().port());
        assertEquals("0.0.0.0", config.server().host());
        assertEquals(65536, config.server().bodyLimitBytes());
        assertNull(config.server().publicUrl());
    }

    @Test
    void browsersFromAnyOriginMayCallTheApi() {
        assertEquals(List.of("*"), config.server().corsOrigins());
    }

    @Test
    void dataLivesUnderDotDataWithTheSqliteStoreInside() {
        assertEquals(Path.of("./data"), config.dataDir());
        assertEquals(StoreType.SQLITE, config.store().type());
        assertEquals(Path.of("./data/chatdesk.db"), config.store().path());
    }

    @Test
    void runsTheDemoBotWithItsOrderServiceOnAFreePort() {
        assertNull(config.bot());
        assertTrue(config.demo().orderService().enabled());
        assertEquals(0, config.demo().orderService().port());
    }

    @Test
    void limitsFollowTheContract() {
        LimitsConfig limits = config.limits();
        assertEquals(4000, limits.messageChars());
        assertEquals(30, limits.messagesPerMinutePerConversation());
        assertEquals(120, limits.requestsPerMinutePerClient());
        assertEquals(10, limits.loginAttemptsPerMinute());
    }

    @Test
    void agentTokensLastTwelveHoursAndTheAdminPasswordIsGenerated() {
        assertEquals(Duration.ofHours(12), config.auth().agentTokenTtl());
        assertNull(config.auth().adminPassword());
    }

    @Test
    void modelAndBotKeepTheirOwnSettings() {
        assertEquals(new NluConfig(null, null, null, null, 2, true), config.nlu());
        assertEquals(new DialogueConfig(null, null, null), config.dialogue());
    }

    @Test
    void noConnectorIsMountedAndEachTalksToItsPlatformsRealApi() {
        ConnectorsConfig connectors = config.connectors();
        for (ConnectorConfig connector : List.of(connectors.slack(), connectors.telegram(), connectors.whatsapp(),
                connectors.messenger(), connectors.twilio(), connectors.generic())) {
            assertFalse(connector.enabled(), connector.toString());
        }
        assertEquals(URI.create("https://slack.com/api"), connectors.slack().apiBase());
        assertEquals(URI.create("https://api.telegram.org"), connectors.telegram().apiBase());
        assertEquals(URI.create("https://graph.facebook.com/v21.0"), connectors.whatsapp().apiBase());
        assertEquals(URI.create("https://graph.facebook.com/v21.0"), connectors.messenger().apiBase());
        assertEquals(URI.create("https://api.twilio.com"), connectors.twilio().apiBase());
        assertNull(connectors.generic().callbackUrl());
    }
}
